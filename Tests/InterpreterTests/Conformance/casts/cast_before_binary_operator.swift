print([1] as [Int] + [2], 2.0 as Double * 3, "a" as String + "b")
let ys: [Any] = [1, 2.5]
print(ys[1] as? Double ?? 0, ys[0] is Int == true)
let z = 1 + 2 as Int * 3
print(z)
let n: Any = 4
print((n as! Int) * 2, n as? Int as Any)
let parts = [1.5, 2.5] as [Double] + [3.5]
print(parts)
// expect: [1, 2] 6.0 ab
// expect: 2.5 true
// expect: 9
// expect: 8 Optional(4)
// expect: [1.5, 2.5, 3.5]
