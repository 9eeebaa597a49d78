indirect enum Expr {
    case number(Double)
    case add(Expr, Expr)
    case mul(Expr, Expr)
}
func eval(_ e: Expr) -> Double {
    switch e {
    case .number(let x): return x
    case .add(let a, let b): return eval(a) + eval(b)
    case .mul(let a, let b): return eval(a) * eval(b)
    }
}
print(eval(.add(.number(2), .mul(.number(3), .number(4)))))
