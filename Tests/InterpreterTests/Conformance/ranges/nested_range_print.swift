let r = 1...3
print(r, [r], [0..<2])
print((r, 0..<1))
let ranges = [0..<1, 2..<4]
print(ranges.map { $0.count }, ranges)
// expect: 1...3 [ClosedRange(1...3)] [Range(0..<2)]
// expect: (ClosedRange(1...3), Range(0..<1))
// expect: [1, 2] [Range(0..<1), Range(2..<4)]
