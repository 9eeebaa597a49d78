struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { if n == 0 { return nil }; n -= 1; return n + 1 }
}
var xs = [0]
xs.append(contentsOf: Countdown(n: 4))
xs.append(contentsOf: 7...8)
xs.append(contentsOf: [9])
xs.append(contentsOf: xs.prefix(2))
xs.append(contentsOf: stride(from: 10, to: 14, by: 2))
print(xs)
var ds: [Double] = []
ds.append(contentsOf: [1, 2])
ds.append(contentsOf: sequence(first: 0.5) { $0 > 0.2 ? $0 / 2 : nil })
print(ds)
var s = "ab"
s.append(contentsOf: "cd")
print(s)
// expect: [0, 4, 3, 2, 1, 7, 8, 9, 0, 4, 10, 12]
// expect: [1.0, 2.0, 0.5, 0.25, 0.125]
// expect: abcd
