func convert<T: BinaryFloatingPoint, U: BinaryFloatingPoint>(_ x: T, to: U.Type) -> U { U(x) }
print(convert(Float(0.1), to: Double.self))
func zeros<T: Numeric>(_ n: Int, of: T.Type) -> [T] { Array(repeating: 0, count: n) }
print(zeros(2, of: Float.self), zeros(1, of: Int.self))
protocol P { static func make() -> String }
extension P { static func make() -> String { "P.make" } }
class Base: P {}
class Sub: Base { static func make() -> String { "Sub.make" } }
func g<T: P>(_ t: T.Type) -> String { t.make() }
print(g(Sub.self), g(Base.self), Sub.make(), Base.make())
class A { static func s() -> String { "A.s" }; class func c() -> String { "A.c" }; class func both() -> String { s() + c() } }
class B: A { override class func c() -> String { "B.c" } }
let t: A.Type = B.self
print(t.s(), t.c(), B.both(), t.both())
// expect: 0.10000000149011612
// expect: [0.0, 0.0] [0]
// expect: P.make P.make Sub.make P.make
// expect: A.s B.c A.sB.c A.sB.c
