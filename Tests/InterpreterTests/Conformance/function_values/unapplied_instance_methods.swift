struct Rect {
    var w: Double, h: Double
    func area() -> Double { w * h }
    func scaled(_ k: Double) -> Rect { Rect(w: w * k, h: h * k) }
}
let r = Rect(w: 2, h: 3)
let area = Rect.area
print(area(r)())
print(Rect.scaled(r)(2).area())
let rects = [r, Rect(w: 1, h: 1)]
print(rects.map(Rect.area).map { $0() })
class A { func f() -> String { "A" } }
class B: A { override func f() -> String { "B" } }
let g: (A) -> () -> String = A.f
print(g(B())(), g(A())())
// expect: 6.0
// expect: 24.0
// expect: [6.0, 1.0]
// expect: B A
