let xs = [1, 2, 0, 3, 0, 0, 4]
print(xs.split(separator: 0))
print(xs.split(separator: 0, maxSplits: 1))
print(xs.split(separator: 0, omittingEmptySubsequences: false))
print(xs.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false))
print(xs.split { $0 == 3 })
print(xs.split(maxSplits: 1, whereSeparator: { $0 > 2 }))
print(xs.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0 }).count)
let words = ["a", "b", "", "c", "", "d"]
print(words.split(separator: ""))
let parts = xs.split(separator: 0)
print(type(of: parts), parts.count)
for part in parts {
    print(part, part.count, part.first!, part.last!, part.isEmpty, Array(part))
}
print("\(parts)", parts.map { Array($0) })
print(parts.map { $0.reduce(0, +) }, parts.map { $0.count }, parts[0].contains(2), parts[0].contains(9))
print(parts[0].map { $0 * 10 }, parts[0].filter { $0 > 1 }, parts[0].sorted(by: >), parts[0].max()!)
print(parts[0].enumerated().map { $0.offset + $0.element })
let characters = Array("a,b,,c")
print(characters.split(separator: ","))
print(characters.split(separator: ",", omittingEmptySubsequences: false).map { $0.map { String($0) }.joined() })
print([Int]().split(separator: 0), [0, 0].split(separator: 0), [0, 0].split(separator: 0, omittingEmptySubsequences: false))
// expect: [ArraySlice([1, 2]), ArraySlice([3]), ArraySlice([4])]
// expect: [ArraySlice([1, 2]), ArraySlice([3, 0, 0, 4])]
// expect: [ArraySlice([1, 2]), ArraySlice([3]), ArraySlice([]), ArraySlice([4])]
// expect: [ArraySlice([1, 2]), ArraySlice([3]), ArraySlice([0, 4])]
// expect: [ArraySlice([1, 2, 0]), ArraySlice([0, 0, 4])]
// expect: [ArraySlice([1, 2, 0]), ArraySlice([0, 0, 4])]
// expect: 4
// expect: [ArraySlice(["a", "b"]), ArraySlice(["c"]), ArraySlice(["d"])]
// expect: Array<ArraySlice<Int>> 3
// expect: [1, 2] 2 1 2 false [1, 2]
// expect: [3] 1 3 3 false [3]
// expect: [4] 1 4 4 false [4]
// expect: [ArraySlice([1, 2]), ArraySlice([3]), ArraySlice([4])] [[1, 2], [3], [4]]
// expect: [3, 3, 4] [2, 1, 1] true false
// expect: [10, 20] [2] [2, 1] 2
// expect: [1, 3]
// expect: [ArraySlice(["a"]), ArraySlice(["b"]), ArraySlice(["c"])]
// expect: ["a", "b", "", "c"]
// expect: [] [] [ArraySlice([]), ArraySlice([]), ArraySlice([])]
