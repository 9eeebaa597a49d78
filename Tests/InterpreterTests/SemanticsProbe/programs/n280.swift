var cache: [Int: Int] = [:]
func collatz(_ n: Int) -> Int {
  if n == 1 { return 0 }; if let c = cache[n] { return c }
  let r = 1 + collatz(n % 2 == 0 ? n / 2 : 3 * n + 1); cache[n] = r; return r
}
let best = (1...1000).max { collatz($0) < collatz($1) }!
print(best, collatz(best), collatz(27))
