protocol P { var id: String { get } }
extension P { var id: String { "P" }; func show() -> String { "show " + id } }
class A: P {}
class B: A { var id: String { "B" } }
print(B().show(), B().id, (B() as A).id, (B() as P).id)
