// Optional's initialiser and `.none` on a spelled optional type.
let a = Int?(3)
print(a as Any, Double?(2.5) as Any, Optional<Int>(7) as Any)
let b = Optional<Int>.none
print(b as Any, b == nil)
let c: Int? = Int?.none
print(c ?? -1)
var d = String?("x")
d = nil
print(d ?? "none")
// expect: Optional(3) Optional(2.5) Optional(7)
// expect: nil true
// expect: -1
// expect: none
