import Foundation
func check(_ x: Int?) -> String {
  guard let v = x else { return "none" }
  guard v > 0 else { return "nonpos \(v)" }
  return "ok \(v)"
}
print(check(nil), check(-1), check(5))
outer: for i in 0..<4 {
  inner: for j in 0..<4 {
    if j == 2 { continue outer }
    if i == 3 { break outer }
    print(i, j, terminator: "; ")
  }
}
print()
var k = 0
repeat { k += 3 } while k < 10
print(k)
