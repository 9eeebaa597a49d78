enum E: CustomStringConvertible { case a, b(Int); var description: String { switch self { case .a: return "EA"; case .b(let n): return "EB\(n)" } } }
print(E.a, E.b(2), [E.a, .b(3)], "\(E.b(4))")
enum R: String { case x = "ex", y }
print(R.x, R.y, [R.x], "\(R.x)", R.x.rawValue)
