import Foundation
func memoFib() -> (Int) -> Int {
  var memo: [Int: Int] = [:]
  func fib(_ n: Int) -> Int { if n < 2 { return n }; if let m = memo[n] { return m }; let r = fib(n - 1) + fib(n - 2); memo[n] = r; return r }
  return fib
}
let f = memoFib()
print(f(50), f(90))
func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }
print(fact(20))
