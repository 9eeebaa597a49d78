let flags = [true, false]
print(flags.reduce(false, +))
// expect error: 2:27 binary operator '+' cannot be applied to two 'Bool' operands
