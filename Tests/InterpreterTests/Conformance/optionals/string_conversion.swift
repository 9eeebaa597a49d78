let good = Int("42")
let bad = Double("abc")
print(good, bad, Double("2.5")!)
// expect: Optional(42) nil 2.5
