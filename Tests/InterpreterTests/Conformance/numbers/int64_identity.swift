let x = Int64(3)
print(type(of: x), String(describing: type(of: x)))
let xs: [Int64] = [1, 2]
print(type(of: xs), xs, Int64.max, Int64.min)
let big: Int64 = 1 << 40
let mask: UInt64 = 1 << 63
print(big, mask, xs.reduce(0, +), xs.max()!, xs.sorted(by: >))
func largest<T: Comparable>(_ values: [T]) -> T { values.max()! }
print(largest(xs), Int(x) + 1)
// expect: Int64 Int64
// expect: Array<Int64> [1, 2] 9223372036854775807 -9223372036854775808
// expect: 1099511627776 9223372036854775808 3 2 [2, 1]
// expect: 2 4
