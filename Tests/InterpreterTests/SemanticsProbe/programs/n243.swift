print(Double(Int.max) == Double(Int.max - 1), Int64(Double(Int64.max - 1023)), Double(UInt64.max))
print(Int(Float(Int32.max)), Float(Int.max), Int(-2.0e18), UInt(1e19))
