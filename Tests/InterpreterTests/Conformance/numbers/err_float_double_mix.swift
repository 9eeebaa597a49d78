let x: Float = 1.5
let d = 2.0
print(x * d)
// expect error: 3:9 binary operator '*' cannot be applied to operands of type 'Float' and 'Double'
