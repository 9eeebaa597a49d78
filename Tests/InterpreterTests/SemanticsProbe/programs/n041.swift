import Foundation
func f() {
  defer { print("d1") }
  defer { print("d2") }
  for i in 0..<2 { defer { print("loop defer", i) }; print("body", i) }
  do { defer { print("inner") }; print("do") }
  print("end f")
}
f()
func g() -> Int { var x = 1; defer { x = 100; print("defer x", x) }; return x }
print(g())
