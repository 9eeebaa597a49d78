let c: Character = "a"
let s = "xy"
print(s + c)
// expect error: 3:11 cannot convert value of type 'Character' to expected argument type 'String'
