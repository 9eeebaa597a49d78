var xs = [5, 1, 4, 2, 3, 6, 9, 0, 7, 8]
let pivot = xs.partition(by: { $0 > 4 })
print(pivot, xs)
print(xs[..<pivot].allSatisfy { $0 <= 4 }, xs[pivot...].allSatisfy { $0 > 4 })
var evens = [1, 2, 3, 4, 5, 6, 7]
print(evens.partition { $0 % 2 == 0 }, evens)
var none = [1, 2, 3]
print(none.partition { $0 > 10 }, none)
var all = [1, 2, 3]
print(all.partition { $0 > 0 }, all)
var empty: [Int] = []
print(empty.partition { $0 > 0 }, empty)
var names = ["delta", "alpha", "echo", "bravo", "charlie"]
let split = names.partition { $0 < "c" }
print(split, names)
var calls: [Int] = []
var ys = [3, 8, 1, 9]
_ = ys.partition { calls.append($0); return $0 > 5 }
print(calls, ys)
// expect: 5 [0, 1, 4, 2, 3, 6, 9, 5, 7, 8]
// expect: true true
// expect: 4 [1, 7, 3, 5, 4, 6, 2]
// expect: 3 [1, 2, 3]
// expect: 0 [1, 2, 3]
// expect: 0 []
// expect: 3 ["delta", "charlie", "echo", "bravo", "alpha"]
// expect: [3, 8, 9, 1] [3, 1, 8, 9]
