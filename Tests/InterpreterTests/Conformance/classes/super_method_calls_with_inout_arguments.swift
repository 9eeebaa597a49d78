class Base {
    func update(_ u: inout Double) { u -= 1 }
    func reset(_ xs: inout [Double], to v: Double) { for i in xs.indices { xs[i] = v } }
}
final class Damped: Base {
    override func update(_ u: inout Double) { u *= 0.5; super.update(&u) }
    override func reset(_ xs: inout [Double], to v: Double) { super.reset(&xs, to: v * 2); xs.append(v) }
}
var x = 10.0
Damped().update(&x)
var ys = [1.0, 2.0]
let b: Base = Damped()
b.reset(&ys, to: 3)
b.update(&x)
print(x, ys)
// expect: 1.0 [6.0, 6.0, 3.0]
