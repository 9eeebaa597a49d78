print(Int64(bitPattern: UInt64.max), UInt64(bitPattern: Int64(-1)), Int64(truncatingIfNeeded: UInt64.max), Int(exactly: Int64(5))!)
let v: Int64 = 7
print(Int64(exactly: 2.0)!, Double(v) / 2, String(v), "\(v)", Float(v))
// expect: -1 18446744073709551615 -1 5
// expect: 2 3.5 7 7 7.0
