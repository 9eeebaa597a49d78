for i in 0..<4 {
  defer { print("defer", i) }
  if i == 1 { continue }
  if i == 3 { break }
  print("body", i)
}
func f() -> String { defer { print("f defer") }; do { defer { print("do defer") }; return "ret" } }
print(f())
