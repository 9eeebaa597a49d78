let a: Int64 = 3
let b = 4
print(a + b)
// expect error: 3:9 binary operator '+' cannot be applied to operands of type 'Int64' and 'Int'
