let z = UInt8(-1)
// expect error: 1:15 negative integer '-1' overflows when stored into unsigned type 'UInt8'
