let s = "abc"
let c: Character = s
// expect error: 2:20 cannot convert value of type 'String' to specified type 'Character'
