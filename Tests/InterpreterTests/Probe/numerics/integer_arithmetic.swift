let a = 17
let b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b)
print(a.quotientAndRemainder(dividingBy: b))
