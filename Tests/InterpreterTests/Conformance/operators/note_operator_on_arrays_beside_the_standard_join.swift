func + (a: [Double], b: [Double]) -> [Double] { zip(a, b).map(+) }
let y: [Int] = [1] + [2]
let z = [1.0, 2.0] + [3.0, 4.0]
let w = [1, 2] + [3]
print(y, z, w)
// expect: [1, 2] [4.0, 6.0] [4.0]
