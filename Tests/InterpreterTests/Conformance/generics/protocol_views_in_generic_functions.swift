// In a generic function, a value of a type parameter has what its constraint gives: an extension member constrained on an associated type is not the body's, though the argument meets it; a requirement runs the argument's witness.
protocol Shape { associatedtype Scalar: BinaryFloatingPoint; var size: Scalar { get } }
extension Shape { func doubled() -> Scalar { size * 2 } }
extension Shape where Scalar == Float { func doubled() -> Scalar { size * 3 } }
struct Square: Shape { var size: Float = 1 }
func viaGeneric<T: Shape>(_ t: T) -> T.Scalar { t.doubled() }
print(Square().doubled(), viaGeneric(Square()))
protocol Model { associatedtype P; var p: P { get } }
extension Model { func kind() -> String { "any" } }
extension Model where P == Int { func kind() -> String { "int" } }
struct M: Model { var p = 1 }
func k<T: Model>(_ m: T) -> String { m.kind() }
print(M().kind(), k(M()))
protocol Metric2 { associatedtype T; var x: T { get }; func name() -> String }
extension Metric2 { func name() -> String { "metric" } }
extension Metric2 where T == Int { func name() -> String { "count" } }
struct Hits2: Metric2 { var x = 5 }
func g2<Mx: Metric2>(_ m: Mx) -> String { m.name() }
print(Hits2().name(), g2(Hits2()))
// expect: 3.0 2.0
// expect: int any
// expect: count count
