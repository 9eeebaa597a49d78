import Foundation
class T {
  var v: Int = 0 {
    willSet { print("will", v, "->", newValue) }
    didSet { print("did", oldValue, "->", v) }
  }
}
let t = T(); t.v = 3; t.v += 2
struct S { var a = 1 { didSet { print("S did", oldValue) } } }
var s = S(); s.a = 5
var arr = [S()]; arr[0].a = 9
