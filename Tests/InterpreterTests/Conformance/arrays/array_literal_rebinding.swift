// A variable given a new array literal of numbers, in a loop: the new array may read the old
// one, and copies made of the old one keep their values.
var history: [[Double]] = []
var g = [0.0, 1.0]
for t in 1...3 {
    let d = Double(t)
    g = [g[1] + d, g[0] * d]
    history.append(g)
}
print(history)
for t in 0..<2 {
    let h = [Double(t), Double(t) * 2]
    history.append(h)
}
print(history.count, history[3], history[4])
var q = [1.0, 2.0]
let saved = q
q = [3.0, 4.0]
print(saved, q)
var r = [1.0]
r = [1.0, 2.0, 3.0]
print(r)
func captured() -> () -> [Double] {
    var p = [1.0, 2.0]
    let read = { p }
    p = [5.0, 6.0]
    return read
}
print(captured()())
// expect: [[2.0, 0.0], [2.0, 4.0], [7.0, 6.0]]
// expect: 5 [0.0, 0.0] [1.0, 2.0]
// expect: [1.0, 2.0] [3.0, 4.0]
// expect: [1.0, 2.0, 3.0]
// expect: [5.0, 6.0]
