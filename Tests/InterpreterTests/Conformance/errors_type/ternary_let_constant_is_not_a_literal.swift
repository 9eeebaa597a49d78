let u: UInt8 = 3
let small = 3
let flag = true
let m = flag ? u : small
print(m)
// expect error: 4:16 result values in '? :' expression have mismatching types 'UInt8' and 'Int'
