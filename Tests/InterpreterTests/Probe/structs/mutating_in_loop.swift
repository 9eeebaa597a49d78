struct Particle {
    var position: Double
    var velocity: Double
    mutating func step(dt: Double) { position += velocity * dt }
}
var particles = [Particle(position: 0, velocity: 1), Particle(position: 10, velocity: -2)]
for _ in 0..<3 {
    for i in particles.indices { particles[i].step(dt: 0.5) }
}
print(particles.map(\.position))
