precedencegroup PowerPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator ^^: PowerPrecedence
func ^^ (a: Int, b: Int) -> Int {
    var r = 1
    for _ in 0..<b { r *= a }
    return r
}
print(2 ^^ 3 ^^ 2)
print(2 * 3 ^^ 2)
