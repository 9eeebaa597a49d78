// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
let x = 1.5, y = 2.0
print([x, y] + [3.0, 4.0], [1, 2] + [3, 4.0], [x] + [1])
let joined = [1.0] + [2.0]
print(type(of: joined), joined, "\([1.0] + [2.0])", ([1.0, 2.0] + [3.0, 4.0]).count)
print([1, 2] + [3, 4], ["a"] + ["b"], [true] + [false])
print([1.0, 2.0] + [3.0, 4.0] + [5.0, 6.0], [[1.0]] + [[2.0]], [[1]] + [[2]])
let s: Any = [1.0] + [2.0]
let o: Any? = [1.0] + [2.0]
let items: [Any] = [[1.0] + [2.0]]
print(s, o!, items)
let c = [1.0, 2.0] * 2
let d = [1.0, 2.0] - [1.0, 1.0]
let e = [[1.0, 0], [0, 1.0]] * [1.0, 2.0]
let f = -[1.0, 2.0]
print(type(of: c), c, type(of: d), d, type(of: e), e, type(of: f), f)
print(2 * [1.0, 2.0] + [1.0, 1.0], [1.0, 2.0] / 2, [1, 2] * 2, -[1, 2])
let xs = [1.0]
print([2.0] + xs, xs + [3.0])
// expect: [4.5, 6.0] [4.0, 6.0] [2.5]
// expect: Array<Double> [1.0, 2.0] [1.0, 2.0] 4
// expect: [1, 2, 3, 4] ["a", "b"] [true, false]
// expect: [9.0, 12.0] [[3.0]] [[3.0]]
// expect: [3.0] [3.0] [[3.0]]
// expect: Vector [2.0, 4.0] Vector [0.0, 1.0] Vector [1.0, 2.0] Vector [-1.0, -2.0]
// expect: [3.0, 5.0] [0.5, 1.0] [2.0, 4.0] [-1.0, -2.0]
// expect: [2.0, 1.0] [1.0, 3.0]
