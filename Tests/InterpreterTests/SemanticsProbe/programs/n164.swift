protocol P { static func make() -> String }
extension P { static func make() -> String { "P.make" } }
class Base: P {}
class Sub: Base { static func make() -> String { "Sub.make" } }
func g<T: P>(_ t: T.Type) -> String { t.make() }
print(g(Sub.self), Sub.make(), Base.make())
