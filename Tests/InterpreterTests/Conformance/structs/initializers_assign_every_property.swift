struct Range2 {
    let lo: Double, hi: Double
    init?(lo: Double, hi: Double) {
        guard lo <= hi else { return nil }
        (self.lo, self.hi) = (lo, hi)
    }
    init(width: Double) {
        if width < 0 { lo = width; hi = 0 } else { lo = 0; hi = width }
    }
    init(center c: Double, radius r: Double) { self.init(width: 2 * r); _ = c }
}
print(Range2(lo: 1, hi: 0) as Any, Range2(lo: 0, hi: 1)!.hi, Range2(width: -2).lo, Range2(center: 0, radius: 1).hi)
class Base { let id: Int; init(id: Int) { self.id = id } }
class Child: Base {
    let name: String
    init(name: String) {
        self.name = name
        super.init(id: name.count)
    }
}
print(Child(name: "abc").id)
struct Cfg {
    var lr: Double
    var steps: Int
    init(lr: Double) {
        self.lr = lr
        switch lr {
        case ..<0.01: steps = 1000
        case 0.01..<0.1: steps = 100
        default: steps = 10
        }
    }
    init(fast: Bool) {
        lr = 0.1
        do { steps = try Cfg.parse(fast) } catch { steps = 0 }
    }
    static func parse(_ b: Bool) throws -> Int { b ? 5 : 50 }
}
print(Cfg(lr: 0.05).steps, Cfg(fast: true).steps)
// expect: nil 1.0 -2.0 2.0
// expect: 3
// expect: 100 5
