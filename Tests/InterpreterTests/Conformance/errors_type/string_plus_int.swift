let s = "n = " + 3
// expect error: 1:16 binary operator '+' cannot be applied to operands of type 'String' and 'Int'
