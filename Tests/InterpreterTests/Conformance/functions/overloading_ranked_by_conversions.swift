// Swift ranks overloads by the conversions a call needs: a literal of another type than its
// default, then wrapping in an optional, then converting to Any or a protocol.
func f(_ x: Double?) -> String { "optional double" }
func f(_ x: Double) -> String { "double" }
print(f(3), f(3.5), f(nil))
func g(_ x: Any) -> String { "any" }
func g(_ x: Double) -> String { "double" }
print(g(3), g(3.5), g("s"), g(2 * 4), g(2.0 * 4))
func s(_ x: Set<Int>) -> String { "set" }
func s<T>(_ x: T) -> String { "generic \(T.self)" }
print(s([1]), s(Set<Int>([1, 2])), s([1: 2]))
func v(_ xs: Int...) -> String { "variadic \(xs)" }
func v<T>(_ x: T) -> String { "generic \(x)" }
print(v(1), v(1, 2), v("a"), v())
func w(_ x: Double, scale: Double = 1) -> String { "w \(x * scale)" }
func w<T: BinaryInteger>(_ x: T) -> String { "integer \(x)" }
print(w(2), w(2.5), w(2, scale: 3), w(UInt8(7)))
protocol Shape { var area: Double { get } }
protocol Polygon: Shape { var sides: Int { get } }
struct Square: Polygon { var side: Double; var area: Double { side * side }; var sides: Int { 4 } }
func name<T: Shape>(_ s: T) -> String { "shape \(s.area)" }
func name<T: Polygon>(_ s: T) -> String { "polygon of \(s.sides)" }
func name(_ s: any Shape) -> String { "existential" }
let sq = Square(side: 2)
let any: any Shape = sq
print(name(sq), name(any))
func first<T>(_ xs: [T]) -> String { "array of \(xs.count)" }
func first<T>(_ x: T?) -> String { "optional" }
func first<T>(_ x: T) -> String { "value" }
print(first([1, 2]), first(Optional(3) as Int?), first(4))
// expect: double double optional double
// expect: any double any any double
// expect: generic Array<Int> set generic Dictionary<Int, Int>
// expect: variadic [1] variadic [1, 2] generic a variadic []
// expect: integer 2 w 2.5 w 6.0 integer 7
// expect: existential existential
// expect: array of 2 optional value
