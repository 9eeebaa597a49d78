let xs = [1.0, 2.5]
let t = (1, "a")
print("xs = \(xs), t = \(t)")
// expect: xs = [1.0, 2.5], t = (1, "a")
