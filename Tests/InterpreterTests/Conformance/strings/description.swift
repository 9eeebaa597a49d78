let x = 2.5
let s = x.description
print(s + "!", 3.description)
// expect: 2.5! 3
