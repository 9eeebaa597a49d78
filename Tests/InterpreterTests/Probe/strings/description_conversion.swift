let n = 42
let d = 2.5
let b = true
print(String(n) + String(d) + String(b))
print(n.description, d.description)
print(String(describing: [1.0, 2.0]))
print("\(n)".count)
