import Foundation
struct Outer { struct Inner { var v = 1 }; enum K { case a(Int) } ; class C {} }
print(Outer.Inner(), Outer.K.a(2), Outer.C(), [Outer.Inner()])
struct G<T> { var t: T }
class GC<T> { }
print(G(t: 1), G(t: "s"), GC<Int>(), type(of: G(t: 2.0)), [G(t: [1])])
let f = { (x: Int) in x }
print(f, [f].count, String(describing: f))
