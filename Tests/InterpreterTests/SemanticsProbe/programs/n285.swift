struct Empty {}
struct One { let x: Int }
enum Only { case single }
print(Empty(), One(x: 1), Only.single, [Empty()], (Empty(), 1))
print((1,), ((1, 2)), [(1)], "\(())", ())
