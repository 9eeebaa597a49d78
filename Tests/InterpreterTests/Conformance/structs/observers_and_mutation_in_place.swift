struct Model {
    var weights: [Double] = [3, 1, 2] { didSet { print("weights", oldValue, "->", weights) } }
}
var m = Model()
m.weights.sort()
m.weights.append(4)
m.weights.removeAll { $0 > 2 }
struct Counter { var n = 0; mutating func bump() { n += 1 } }
struct Holder {
    var counter = Counter() {
        willSet { print("will", newValue.n) }
        didSet { print("did", oldValue.n, "->", counter.n) }
    }
}
var h = Holder()
h.counter.bump()
h.counter.n += 5
func double(_ x: inout Int) { x *= 2 }
double(&h.counter.n)
final class Box {
    var items: [Int] = [] { didSet { print("items", items.count) } }
}
let box = Box()
box.items.append(1)
box.items.append(contentsOf: [2, 3])
// expect: weights [3.0, 1.0, 2.0] -> [1.0, 2.0, 3.0]
// expect: weights [1.0, 2.0, 3.0] -> [1.0, 2.0, 3.0, 4.0]
// expect: weights [1.0, 2.0, 3.0, 4.0] -> [1.0, 2.0]
// expect: will 1
// expect: did 0 -> 1
// expect: will 6
// expect: did 1 -> 6
// expect: will 12
// expect: did 6 -> 12
// expect: items 1
// expect: items 3
