let x = 3
let y = 4.5
let name = "point"
print("\(name): (\(x), \(y))")
print("sum = \(Double(x) + y)")
print("array: \([1, 2, 3])")
print("optional: \(String(describing: Int("5")))")
