let big: Int64 = 1 << 40
let n: Int = 5
print(Int64.max, Int64.min, Int64(3.7), Int64("12")!, big + 1, Int64(n) * 2)
var counts: [Int64] = [1, 2]
counts.append(Int64.max / 2)
print(counts, counts.reduce(0, +) > 0)
// expect: 9223372036854775807 -9223372036854775808 3 12 1099511627777 10
// expect: [1, 2, 4611686018427387903] true
