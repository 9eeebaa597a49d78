class Particle {
    static var created = 0
    let id: Int
    init() {
        Particle.created += 1
        id = Particle.created
    }
}
let ps = [Particle(), Particle(), Particle()]
print(Particle.created, ps.map { $0.id })
// expect: 3 [1, 2, 3]
