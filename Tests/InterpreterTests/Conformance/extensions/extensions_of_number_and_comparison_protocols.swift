// Extensions of the standard number and comparison protocols extend the standard types conforming.
extension BinaryFloatingPoint {
    var squared: Self { self * self }
    static var unit: Self { 1 }
    func distance(to other: Self) -> Self { (self - other).magnitude }
}
extension FloatingPoint {
    func isClose(to o: Self, tol: Self) -> Bool { abs(self - o) <= tol }
}
extension Numeric {
    var doubled: Self { self + self }
}
extension Comparable {
    func clamped(to r: ClosedRange<Self>) -> Self { min(max(self, r.lowerBound), r.upperBound) }

}
extension Comparable {
    func isBetween(_ a: Self, _ b: Self) -> Bool { a <= self && self <= b }
}
extension BinaryInteger {
    var isEven: Bool { self % 2 == 0 }
}
print(3.0.squared, Float(1.5).squared, Double.unit, Float.unit, 2.5.distance(to: 4))
print(0.1 + 0.2 == 0.3, (0.1 + 0.2).isClose(to: 0.3, tol: 1e-12))
print(5.clamped(to: 0...3), 1.7.clamped(to: 0...1), "m".isBetween("a", "z"), 3.doubled, 1.5.doubled)
let small: UInt8 = 7
print(small.doubled, small.isEven, 10.isEven, Int64(3).isBetween(1, 2))
// expect: 9.0 2.25 1.0 1.0 1.5
// expect: false true
// expect: 3 1.0 true 6 3.0
// expect: 14 false true false
