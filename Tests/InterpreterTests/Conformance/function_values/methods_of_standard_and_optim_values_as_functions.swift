// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let active = [1, 3]
print([0, 1, 2, 3].filter(active.contains))
let v: Vector = [3, 4]
print([1.0, 2.0].map(v.norm))
let words = Set(["a", "c"])
print(["a", "b", "c"].filter(words.contains), ["x", "a"].contains(where: words.contains))
let text = "hello world"
print(["lo", "xy"].map(text.contains))
var limits = [2, 5]
print([1, 5, 7].filter(limits.contains))
// expect: [1, 3]
// expect: [7.0, 5.0]
// expect: ["a", "c"] true
// expect: [true, false]
// expect: [5]
