protocol Sampler {
    associatedtype Sample
    func draw(_ i: Int) -> Sample
}
struct Squares: Sampler {
    func draw(_ i: Int) -> Double { Double(i * i) }
}
func total<S: Sampler>(_ s: S, _ n: Int) -> Double where S.Sample == Double {
    var t = 0.0
    for i in 0..<n { t += s.draw(i) }
    return t
}
print(total(Squares(), 4))
// interpreter-only
// expect: 14.0
