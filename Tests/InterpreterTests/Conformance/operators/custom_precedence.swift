precedencegroup ExponentiationPrecedence {
    associativity: right
    higherThan: MultiplicationPrecedence
}
precedencegroup PipePrecedence {
    associativity: left
    lowerThan: RangeFormationPrecedence
    higherThan: ComparisonPrecedence
}
infix operator ^^: ExponentiationPrecedence
infix operator |>: PipePrecedence
infix operator •: MultiplicationPrecedence
infix operator <>
func ^^ (base: Int, exponent: Int) -> Int { exponent == 0 ? 1 : base * (base ^^ (exponent - 1)) }
func |> (x: Int, f: (Int) -> Int) -> Int { f(x) }
func • (a: [Double], b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
func <> (a: String, b: String) -> String { a + " " + b }
print(2 ^^ 3 ^^ 2, 1 + 2 * 3 ^^ 2, 4 + 1 |> { $0 * 10 } |> { $0 + 1 } == 51)
print([1, 2] • [3, 4] + 1, 2 * ([1, 0] • [0, 5]))
let s = "a" <> "b"
print(s)
// expect: 512 19 true
// expect: 12.0 0.0
// expect: a b
