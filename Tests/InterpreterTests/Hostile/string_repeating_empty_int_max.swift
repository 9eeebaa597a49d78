// Swift's String(repeating:count:) loops count times even for an empty string: Int.max ran far past the budget.
let s = String(repeating: "", count: Int.max)
print(s.count, String(repeating: "ab", count: -2).count, String(repeating: "ab", count: 2))
// expect: 0 0 abab
