protocol P { var name: String { get } }
extension P { var name: String { "P-default" }; var shout: String { name.uppercased() } }
struct A: P {}
struct B: P { var name: String { "b" }; var shout: String { "B-SHOUT" } }
let ps: [P] = [A(), B()]
print(ps.map { $0.name }, ps.map { $0.shout }, B().shout)
