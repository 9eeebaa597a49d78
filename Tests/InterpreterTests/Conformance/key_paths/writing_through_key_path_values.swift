// Writing through key paths held in variables and passed as arguments.
struct Hyper { var lr = 0.1; var momentum = 0.9; let name = "sgd"; var scaled: Double { lr * 10 } }
func sweep(_ h: Hyper, _ k: WritableKeyPath<Hyper, Double>, _ values: [Double]) -> [Hyper] {
    values.map { v in var c = h; c[keyPath: k] = v; return c }
}
print(sweep(Hyper(), \.lr, [0.01, 1]).map(\.lr), sweep(Hyper(), \.momentum, [0.5]).map(\.momentum))
struct Point { var x: Double; var y: Double }
struct Segment { var from: Point; var to: Point }
var p = Point(x: 1, y: 2)
let kp = \Point.y
p[keyPath: kp] += 5
print(p)
var s = Segment(from: p, to: Point(x: 0, y: 0))
let deep = \Segment.to.x
s[keyPath: deep] = 9
let paths: [WritableKeyPath<Point, Double>] = [\.x, \.y]
for path in paths { s.from[keyPath: path] *= 2 }
print(s, s[keyPath: deep], Hyper()[keyPath: \.scaled])
final class Box { var v = 1 }
let b = Box()
let vk = \Box.v
b[keyPath: vk] = 4
print(b.v)
// expect: [0.01, 1.0] [0.5]
// expect: Point(x: 1.0, y: 7.0)
// expect: Segment(from: main.Point(x: 2.0, y: 14.0), to: main.Point(x: 9.0, y: 0.0)) 9.0 1.0
// expect: 4
