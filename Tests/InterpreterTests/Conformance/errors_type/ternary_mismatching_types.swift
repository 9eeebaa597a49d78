let flag = true
let z = flag ? "a" : 1
print(z)
// expect error: 2:16 result values in '? :' expression have mismatching types 'String' and 'Int'
