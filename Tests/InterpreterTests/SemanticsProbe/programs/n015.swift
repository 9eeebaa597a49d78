struct V: CustomStringConvertible { var x: Int; var description: String { "V<\(x)>" } }
struct W: CustomDebugStringConvertible { var debugDescription: String { "dbgW" } }
print(V(x: 1), [V(x: 2)], Optional(V(x: 3)) as Any, "\(V(x: 4))")
print(W(), [W()], String(describing: W()), String(reflecting: V(x: 5)))
debugPrint(V(x: 6))
