let xs = [1.0, 2.0]
print(xs.indices.last!, (0..<3).first as Any, (2...5).last as Any)
print((3..<3).first as Any, (3..<3).last as Any, (5...5).first!, (Int.min...Int.max).last!)
let empty: [Int] = []
if let i = empty.indices.last { print(i) } else { print("no index") }
print(stride(from: 0, to: 3, by: 1).map { $0 }.last!)
// expect: 1 Optional(0) Optional(5)
// expect: nil nil 5 9223372036854775807
// expect: no index
// expect: 2
