let bar = String(repeating: "=", count: 10)
print(bar)
let label = "x"
let padded = label + String(repeating: " ", count: 5 - label.count) + "|"
print(padded)
print(String(repeating: "ab", count: 3))
