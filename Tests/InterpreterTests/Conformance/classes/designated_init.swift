class Particle {
    var x: Double
    var v: Double
    init(x: Double, v: Double) {
        self.x = x
        self.v = v
    }
    func step(dt: Double) { x += v * dt }
}
let p = Particle(x: 0, v: 2)
for _ in 0..<5 { p.step(dt: 0.1) }
print(p.x)
// expect: 1.0
