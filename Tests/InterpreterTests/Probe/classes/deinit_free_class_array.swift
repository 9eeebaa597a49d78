class Particle {
    var x: Double
    init(x: Double) { self.x = x }
}
let ps = (0..<4).map { Particle(x: Double($0)) }
for p in ps { p.x *= 2 }
print(ps.map(\.x))
