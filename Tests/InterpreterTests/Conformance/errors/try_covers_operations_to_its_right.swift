enum E: Error { case bad }
func h() throws -> Double { 2 }
func k() throws -> Double { throw E.bad }
let v = try? h() * 2
print(v as Any)
if let w = try? h() * 3 { print(w) }
guard let g = try? h() + 3 else { fatalError() }
print(g)
print(try? h() ?? 0)
print((try? k() + 1) ?? -1)
var total = 1.0
total += try! h() * 10
print(total)
let x = try h() + h()
print(x, try h() * h() == 4)
let y = 2.0
print(y ?? 5)
// expect: Optional(4.0)
// expect: 6.0
// expect: 5.0
// expect: Optional(2.0)
// expect: -1
// expect: 21.0
// expect: 4.0 true
// expect: 2.0
