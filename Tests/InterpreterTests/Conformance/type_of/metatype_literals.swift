let things: [Any] = [1, 2.5, "s", true, [1, 2], (1, "a")]
for t in things { print(type(of: t)) }
print(type(of: things))
struct Pt { var x = 0.0 }
let ty = Pt.self
print(ty, Int.self, type(of: Pt()), [Int].self)
print(String(describing: Pt.self))
let m: Any.Type = Double.self
print(m == Double.self)
// expect: Int
// expect: Double
// expect: String
// expect: Bool
// expect: Array<Int>
// expect: (Int, String)
// expect: Array<Any>
// expect: Pt Int Pt Array<Int>
// expect: Pt
// expect: true
