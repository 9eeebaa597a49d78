let x = 2.5
print(Int(clamping: x))
// expect error: 2:7 initializer 'init(clamping:)' requires that 'Double' conform to 'BinaryInteger'
