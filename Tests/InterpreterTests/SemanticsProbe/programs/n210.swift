struct S { var v = 0 { willSet { print("will", newValue) } didSet { print("did", oldValue, v) } }
  init() { v = 5; print("init done") } }
var s = S()
func bump(_ x: inout Int) { print("in bump"); x += 1 }
bump(&s.v)
s.v += 10
