let i = 7
let d = Double(i) / 2
let back = Int(d)
print(d, back, Int(-2.9), Double(3))
// expect: 3.5 3 -2 3.0
print(String(42) + "!")
// expect: 42!
