struct Scale { var k: Double; func callAsFunction(_ x: Double) -> Double { k * x } }
struct Holder {
    var f: Scale
    var g: Scale { Scale(k: 10) }
    func apply(_ x: Double) -> Double { f(x) + self.f(1) + g(x) }
}
let h = Holder(f: Scale(k: 3))
print(h.f(2), h.g(2), h.apply(1))
let t = (Scale(k: 2), 1)
print(t.0(5))
// expect: 6.0 20.0 16.0
// expect: 10.0
