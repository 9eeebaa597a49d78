protocol Scheme { func apply<T: BinaryFloatingPoint>(_ x: T) -> T }
class Base: Scheme {
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x + 1 }
}
class Sub: Base {}
struct Plain {}
extension Plain: Scheme {
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { -x }
}
let all: [any Scheme] = [Base(), Sub(), Plain()]
print(all.map { $0.apply(2.0) }, all.map { $0.apply(Float(0.5)) })
func twice(_ s: some Scheme, _ x: Double) -> Double { s.apply(s.apply(x)) }
print(twice(Sub(), 1), twice(Plain(), 3))
// expect: [3.0, 3.0, -2.0] [1.5, 1.5, -0.5]
// expect: 3.0 3.0
