let a = Array<Int>(repeating: 2, count: 3)
let d = Dictionary<String, Int>(uniqueKeysWithValues: [("a", 1)])
let e = [String: Int]()
print(a, d, e, Set<Int>([3, 3]).count)
// expect: [2, 2, 2] ["a": 1] [:] 1
