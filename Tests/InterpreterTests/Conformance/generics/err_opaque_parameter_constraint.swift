func half(_ x: some BinaryFloatingPoint) -> Double { Double(x) / 2 }
print(half("s"))
// expect error: 2:7 global function 'half' requires that 'String' conform to 'BinaryFloatingPoint'
