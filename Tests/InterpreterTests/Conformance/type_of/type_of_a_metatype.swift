print(type(of: Int.self))
let t = Double.self
print(type(of: t), t)
struct P {}
print(type(of: P.self), type(of: [Int].self), type(of: type(of: 2.5)))
let ts: [Any.Type] = [Int.self, P.self]
print(type(of: ts))
// expect: Int.Type
// expect: Double.Type Double
// expect: P.Type Array<Int>.Type Double.Type
// expect: Array<Any.Type>
