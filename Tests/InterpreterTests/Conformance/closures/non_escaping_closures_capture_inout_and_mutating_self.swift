func apply(_ x: inout Double, _ f: (Double) -> Double) { x = f(x) }
var w = 2.0
apply(&w) { $0 * 3 }
func twice(_ x: inout Int) { [1, 2].forEach { x += $0 } }
var n = 0
twice(&n)
struct Model {
    var w = 1.0
    mutating func scale(_ k: Double) { [k].forEach { w *= $0 } }
    mutating func update() { let step = { (d: Double) in d / 2 }; w -= step(w) }
}
var m = Model()
m.scale(4); m.update()
print(w, n, m.w)
// expect: 6.0 3 2.0
