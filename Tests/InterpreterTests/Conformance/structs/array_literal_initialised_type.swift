// A note's vector type initialised from array literals where it is expected.
import Foundation
struct Vec: ExpressibleByArrayLiteral, CustomStringConvertible {
    var xs: [Double]
    init(_ xs: [Double]) { self.xs = xs }
    init(arrayLiteral elements: Double...) { xs = elements }
    var description: String { "Vec\(xs)" }
    static func + (a: Vec, b: Vec) -> Vec { Vec(zip(a.xs, b.xs).map { $0 + $1 }) }
}
let v: Vec = [1, 2]
func norm(_ v: Vec) -> Double { v.xs.map { $0 * $0 }.reduce(0, +).squareRoot() }
print(v, norm([3, 4]), v + [0.5, 0.5])
let many: [Vec] = [[1, 0], [0, 1]]
let empty: Vec = []
print(many, empty)
// expect: Vec[1.0, 2.0] 5.0 Vec[1.5, 2.5]
// expect: [Vec[1.0, 0.0], Vec[0.0, 1.0]] Vec[]
