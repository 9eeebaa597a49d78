for x in stride(from: 0.0, through: 1.0, by: 0.1) { print(x, terminator: " ") }
print()
for x in stride(from: 0.0, to: 1.0, by: 0.25) { print(x, terminator: ",") }
print()
var s = 0.0
for _ in 0..<10 { s += 0.1 }
print(s, s == 1.0)
print(Array(stride(from: 10, to: 0, by: -3)))
