let small = UInt8(1)
let x = small + 300
print(x)
// expect error: 2:17 integer literal '300' overflows when stored into 'UInt8'
