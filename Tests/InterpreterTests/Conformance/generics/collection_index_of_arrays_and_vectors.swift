// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
func argmax<C: Collection>(_ xs: C) -> C.Index? where C.Element: Comparable {
    xs.indices.max { xs[$0] < xs[$1] }
}
func firstTwo<C: Collection>(_ c: C) -> Double where C.Element == Double, C.Index == Int { c[0] + c[1] }
func positions<C: Collection>(of x: C.Element, in c: C) -> [C.Index] where C.Element: Equatable {
    c.indices.filter { c[$0] == x }
}
print(argmax([3, 9, 2])!, argmax([Double]()) as Any, firstTwo([1.5, 2.5, 3.0]), positions(of: 2, in: [2, 1, 2]))
let v: Vector = [1, 5, 2]
print(argmax(v)!)
// expect: 1 nil 4.0 [0, 2]
// expect: 1
