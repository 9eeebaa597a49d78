print(Double(integerLiteral: 3), Int(integerLiteral: 4), Float(floatLiteral: 0.1), UInt8(integerLiteral: 200), Double(floatLiteral: 2.5))
// expect: 3.0 4 0.1 200 2.5
