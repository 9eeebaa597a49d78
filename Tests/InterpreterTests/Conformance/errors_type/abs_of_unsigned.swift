let small: UInt8 = 7
print(abs(small))
// expect error: 2:7 global function 'abs' requires that 'UInt8' conform to 'SignedNumeric'
