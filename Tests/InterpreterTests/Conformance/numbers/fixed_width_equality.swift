let b: [UInt8] = [3, 1, 2]
print(b.contains(1), b.firstIndex(of: 2)!, b == [3, 1, 2], b.sorted(), b.min()!)
let f: [Float] = [2.5, 1]
print(f.contains(1), f.sorted(), f.max()!)
let counts: [UInt16: Int] = [7: 1]
print(counts[7]!, Set(b + b).count)
// expect: true 2 true [1, 2, 3] 1
// expect: true [1.0, 2.5] 2.5
// expect: 1 3
