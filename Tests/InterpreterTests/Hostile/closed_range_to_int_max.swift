// upperBound + 1 overflowed when a loop or array met a closed range ending at Int.max.
var n = 0
for i in 0...Int.max {
    if i == 3 { break }
    n += 1
}
print(n)
for i in (Int.max - 1)...Int.max { print(i) }
print(Array((Int.max - 2)...Int.max).count)
print(Array(stride(from: Int.max - 2, through: Int.max, by: 1)).count)
let xs = [1, 2, 3]
print(xs[3..<3], xs[0...2])
print((0...Int.max).isEmpty)
print((0...Int.max).count)
// expect: 3
// expect: 9223372036854775806
// expect: 9223372036854775807
// expect: 3
// expect: 3
// expect: [] [1, 2, 3]
// expect: false
// expect error: 14:7 arithmetic overflow in range count
