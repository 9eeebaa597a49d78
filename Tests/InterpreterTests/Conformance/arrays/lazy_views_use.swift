let a = [3, 1, 2]
let b = ["x", "y", "z"]
for (i, x) in a.enumerated() { print(i, x) }
for (x, y) in zip(a, b) { print(x, y) }
print(zip(a, b).map { "\($0)\($1)" }, zip(a, a).map(*))
print(a.enumerated().filter { $0.element > 1 }.map(\.offset))
print(Array(a.reversed()), Array(zip(a, b)).count, Array([[1, 2], [3]].joined()))
let d = Dictionary(uniqueKeysWithValues: zip(b, a))
print(d["y"]!)
let r: [Int] = a.reversed()
print(r)
func reversedCopy(_ xs: [Int]) -> [Int] { xs.reversed() }
print(reversedCopy(a))
print(a.reversed().contains(2), a.reversed().reduce(0, +), a.reversed().sorted(), a.reversed().min()!)
print(a.reversed().count, a.enumerated().count, a.reversed().isEmpty, a.reversed().first!, a.reversed().last!)
print(a.reversed().reversed())
print(zip(a, b).reversed())
print(["a", "b"].reversed().joined(separator: ","))
print(stride(from: 0, to: 10, by: 3).map { $0 * 2 }, Array(stride(from: 0.0, to: 1.0, by: 0.25)))
func dot(_ u: [Double], _ v: [Double]) -> Double { zip(u, v).reduce(0) { $0 + $1.0 * $1.1 } }
print(dot([1, 2], [3, 4]))
// expect: 0 3
// expect: 1 1
// expect: 2 2
// expect: 3 x
// expect: 1 y
// expect: 2 z
// expect: ["3x", "1y", "2z"] [9, 1, 4]
// expect: [0, 2]
// expect: [2, 1, 3] 3 [1, 2, 3]
// expect: 1
// expect: [2, 1, 3]
// expect: [2, 1, 3]
// expect: true 6 [1, 2, 3] 1
// expect: 3 3 false 2 3
// expect: [3, 1, 2]
// expect: [(2, "z"), (1, "y"), (3, "x")]
// expect: b,a
// expect: [0, 6, 12, 18] [0.0, 0.25, 0.5, 0.75]
// expect: 11.0
