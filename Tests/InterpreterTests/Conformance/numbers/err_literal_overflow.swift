let b: UInt8 = 256
// expect error: 1:16 integer literal '256' overflows when stored into 'UInt8'
