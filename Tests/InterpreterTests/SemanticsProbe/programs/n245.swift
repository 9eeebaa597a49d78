let a = 10, b = 3
print(a / b, a % b, -a / b, -a % b, a / -b, a % -b, Double(a) / Double(b))
print((a * 2 + b) / (b - 1), a * b / 2 * 2, (a - b) * (a + b), a.isMultiple(of: b))
let mid = (Int.max - 1) / 2 + 1
print(mid, Int.max / -1, Int.min / 2, Int.min % 3)
