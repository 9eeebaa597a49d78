let k: UInt8 = 3
let m = k == 3 ? k : 256
print(m)
// expect error: 2:22 integer literal '256' overflows when stored into 'UInt8'
