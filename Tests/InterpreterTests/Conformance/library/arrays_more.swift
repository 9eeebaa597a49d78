let xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs.compactMap { $0 > 3 ? $0 * 10 : nil })
print(["1", "x", "3"].compactMap { Int($0) })
print(xs.flatMap { [$0, -$0] }.count, (1...3).flatMap { [$0, $0] })
print(xs.prefix(while: { $0 < 5 }), xs.drop(while: { $0 < 5 }))
print(xs.lastIndex(of: 1)!, xs.lastIndex(where: { $0 > 4 })!, xs.lastIndex(of: 7) == nil)
print(xs.elementsEqual([3, 1, 4, 1, 5, 9, 2, 6]), xs.elementsEqual([3, 1]))
print([1.0, 2.0].elementsEqual([1.05, 1.95], by: { abs($0 - $1) < 0.1 }))
print(xs.startIndex, xs.endIndex)
var stack = [1, 2, 3]
print(stack.popLast()!, stack)
var empty: [Int] = []
print(empty.popLast() == nil)
// expect: [40, 50, 90, 60]
// expect: [1, 3]
// expect: 16 [1, 1, 2, 2, 3, 3]
// expect: [3, 1, 4, 1] [5, 9, 2, 6]
// expect: 3 7 true
// expect: true false
// expect: true
// expect: 0 8
// expect: 3 [1, 2]
// expect: true
