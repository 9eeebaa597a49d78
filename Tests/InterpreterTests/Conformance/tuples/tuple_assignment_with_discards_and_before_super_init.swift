var a = 0
(a, _) = (5, 6)
var x = 0.0, n = 0
(x, _, n) = (2, "skip", 7)
func pair() -> (Double, Int) { (1.5, 9) }
(_, n) = pair()
struct A {
    let x: Int
    init() { (x, _) = (1, 0) }
}
class Base { init() {} }
final class B: Base {
    let b1: Double, b2: Double
    init(betas: (Double, Double)) {
        (b1, b2) = betas
        super.init()
    }
}
print(a, x, n, A().x, B(betas: (0.9, 0.999)).b2)
// expect: 5 2.0 9 1 0.999
