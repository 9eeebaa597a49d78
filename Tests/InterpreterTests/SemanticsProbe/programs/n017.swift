class A { var n = 1 }
enum Color { case red, green }
let f: (Int) -> Int = { $0 }
print(A(), Color.red, [Color.green])
print(type(of: f), type(of: 1), type(of: "s"), type(of: [1]), type(of: [1: "a"]), Int.self)
print(type(of: (1, "a")), type(of: Optional(1)), String.self, [Int].self)
