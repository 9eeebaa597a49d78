let xs: [Any] = [1, 2.0, "three", true, [4], Optional<Int>.none as Any]
for x in xs {
  if x is Int { print("Int", x) }
  else if let d = x as? Double { print("Double", d) }
  else if let s = x as? String { print("String", s) }
  else { print("Other", x) }
}
print(1 as Double, 3 as Int8, type(of: 3 as Int8))
