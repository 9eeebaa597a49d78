struct V: CustomDebugStringConvertible, CustomStringConvertible {
    var x: Int
    var description: String { "V\(x)" }
    var debugDescription: String { "dbg V\(x)" }
}
print(V(x: 1), [V(x: 2)], "\(V(x: 3))", Optional(V(x: 4)) as Any)
struct W: CustomDebugStringConvertible { var x: Int; var debugDescription: String { "W!\(x)" } }
print(W(x: 1), [W(x: 2)], "\(W(x: 3))", String(describing: W(x: 4)), String(reflecting: V(x: 5)))
debugPrint(V(x: 6), W(x: 7))
enum E: CustomDebugStringConvertible { case a; var debugDescription: String { "E.a!" } }
print(E.a, [E.a])
class C: CustomDebugStringConvertible { var debugDescription: String { "C!" } }
class D: C {}
print(D(), [D()])
// expect: V1 [dbg V2] V3 Optional(dbg V4)
// expect: W!1 [W!2] W!3 W!4 dbg V5
// expect: dbg V6 W!7
// expect: E.a! [E.a!]
// expect: C! [C!]
