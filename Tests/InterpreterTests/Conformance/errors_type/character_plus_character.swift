let c: Character = "a"
let d = c + c
print(d)
// expect error: 2:11 binary operator '+' cannot be applied to two 'Character' operands
