struct P { var x: Int; var y: Double }
enum E { case a, b(Int), c(x: Int, y: String) }
class K { var v = 1 }
let t = (1, "a", 2.5)
let lt = (name: "x", age: 3)
print("\(P(x: 1, y: 2))", "\(E.a)", "\(E.b(3))", "\(E.c(x: 1, y: "s"))")
print(t, lt, [E.b(1)], [1: "a"], Optional(E.a) as Any)
print(K() is K, "\([P(x: 0, y: 0)])")
print([Optional(1), nil], [[1, 2], []], ["a": [1]])
