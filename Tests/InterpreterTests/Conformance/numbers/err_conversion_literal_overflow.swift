print(UInt8(300))
// expect error: 1:13 integer literal '300' overflows when stored into 'UInt8'
