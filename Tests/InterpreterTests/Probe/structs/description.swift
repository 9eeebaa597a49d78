struct Fraction: CustomStringConvertible {
    var num: Int
    var den: Int
    var description: String { "\(num)/\(den)" }
}
let f = Fraction(num: 3, den: 4)
print(f)
print("value: \(f)")
print([f, Fraction(num: 1, den: 2)])
