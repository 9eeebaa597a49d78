struct Particle { var x: Double; var v: Double }
var ps = [Particle(x: 0, v: 1), Particle(x: 1, v: -1)]
for i in ps.indices {
    ps[i].x += ps[i].v
}
print(ps.map { $0.x })
// expect: [1.0, 0.0]
