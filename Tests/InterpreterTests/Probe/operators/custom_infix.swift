infix operator **: MultiplicationPrecedence
func ** (base: Double, exp: Int) -> Double {
    var r = 1.0
    for _ in 0..<exp { r *= base }
    return r
}
print(2 ** 10)
print(1 + 3 ** 2)
