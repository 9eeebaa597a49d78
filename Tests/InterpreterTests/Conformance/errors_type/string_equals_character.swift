let c: Character = "a"
let s = "abc"
print(s == c)
// expect error: 3:9 binary operator '==' cannot be applied to operands of type 'String' and 'Character'
