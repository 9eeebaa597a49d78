enum E: Error { case negative }
func root(_ x: Double) throws -> Double {
    if x < 0 { throw E.negative }
    return x.squareRoot()
}
let a = try? root(16)
let b = try? root(-1)
print(a ?? -1, b == nil)
if let r = try? root(9) { print("root", r) }
print(try! root(4))
// expect: 4.0 true
// expect: root 3.0
// expect: 2.0
