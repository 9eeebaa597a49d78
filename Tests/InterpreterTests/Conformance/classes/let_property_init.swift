struct Range2 {
    let lo: Double
    let hi: Double
    init(center: Double, radius: Double) {
        lo = center - radius
        self.hi = center + radius
    }
}
class Grid {
    let n: Int
    let step: Double
    init(n: Int) {
        self.n = n
        step = 1.0 / Double(n)
    }
}
let r = Range2(center: 1, radius: 0.5)
let g = Grid(n: 4)
print(r.lo, r.hi, g.n, g.step)
// expect: 0.5 1.5 4 0.25
