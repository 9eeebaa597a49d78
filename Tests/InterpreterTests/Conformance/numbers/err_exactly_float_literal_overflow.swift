// swiftc checks a floating-point literal converted to an integer type before the program runs.
print(UInt8(exactly: 255.0) as Any, UInt8(exactly: 256.0) as Any)
// expect error: 2:37 invalid conversion: '256.0' overflows 'UInt8?'
