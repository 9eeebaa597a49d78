let small = UInt8(-0.5)
print(small)
// expect error: 1:13 negative literal '-0.5' cannot be converted to 'UInt8'
