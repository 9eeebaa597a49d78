let xs = [10, 20, 30, 40]
var ys = [1]
ys.append(contentsOf: xs[1...])
let tail = xs.dropFirst()
let same = tail
var window = xs[..<2]
window = xs[2...]
print(ys, "\(xs[2...])", xs[1...] == xs.dropFirst(), same.first!, window.first!)
for (a, b) in zip(xs[1...], xs) { print(a - b, terminator: " ") }
print()
print(Array(tail)[0], Set(xs[2...]).count, xs[1...].elementsEqual([20, 30, 40]), ys.starts(with: xs[..<1]))
// expect: [1, 20, 30, 40] [30, 40] true 20 30
// expect: 10 10 10 
// expect: 20 2 true false
