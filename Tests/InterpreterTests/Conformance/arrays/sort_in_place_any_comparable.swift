var fs: [Float] = [3.5, -1, 2]
fs.sort()
print(fs)
var bytes: [UInt8] = [200, 3, 17]
bytes.sort()
print(bytes)
var wide: [Int64] = [5, -9, 0]
wide.sort(by: >)
print(wide)
struct Grade: Comparable {
    let score: Int
    static func < (a: Grade, b: Grade) -> Bool { a.score < b.score }
}
var grades = [Grade(score: 7), Grade(score: 2), Grade(score: 5)]
grades.sort()
print(grades.map(\.score))
enum Size: Comparable { case small, large, medium }
var sizes: [Size] = [.large, .small, .medium]
sizes.sort()
print(sizes)
// expect: [-1.0, 2.0, 3.5]
// expect: [3, 17, 200]
// expect: [5, 0, -9]
// expect: [2, 5, 7]
// expect: [main.Size.small, main.Size.large, main.Size.medium]
