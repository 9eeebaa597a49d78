import Foundation
indirect enum Expr { case num(Int), add(Expr, Expr), mul(Expr, Expr), neg(Expr) }
func eval(_ e: Expr) -> Int {
  switch e { case .num(let n): return n; case .add(let a, let b): return eval(a) + eval(b)
  case .mul(let a, let b): return eval(a) * eval(b); case .neg(let a): return -eval(a) }
}
let e = Expr.add(.num(2), .mul(.num(3), .neg(.num(4))))
print(eval(e))
print(e)
