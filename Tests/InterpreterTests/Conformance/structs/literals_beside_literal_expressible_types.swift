// Literals beside a note's types that literals initialise: comparisons, reduce, switch cases.
struct Fraction: Equatable, Comparable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    var num: Int, den: Int
    init(_ n: Int, _ d: Int = 1) { num = n; den = d }
    init(integerLiteral value: Int) { self.init(value) }
    static func + (a: Fraction, b: Fraction) -> Fraction { Fraction(a.num * b.den + b.num * a.den, a.den * b.den) }
    static func < (a: Fraction, b: Fraction) -> Bool { a.num * b.den < b.num * a.den }
    var description: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
}
let x: Fraction = 5
print(x == 5, x != 5, 5 == x, x < 6, 2 < x, x == Fraction(10, 2))
let row: [Fraction] = [3, 4, 5]
print(row.reduce(0, +), row.contains(4), row.filter { $0 != 4 })
switch x {
case 4: print("four")
case 5: print("five")
default: print("other")
}
struct Meters: Equatable, ExpressibleByFloatLiteral { var v: Double; init(floatLiteral value: Double) { v = value } }
let m: Meters = 2.5
print(m == 2.5, m != 1.0)
// expect: true false true true true false
// expect: 12 true [3, 5]
// expect: five
// expect: true true
