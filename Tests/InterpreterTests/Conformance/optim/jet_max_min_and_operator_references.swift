// interpreter-only
import Optim
let a = Jet(1), b = Jet(2)
print(max(a, b).value, min(a, b).value)
print(max(Jet(3), Jet(-1), Jet(2)).value, min(Jet(3), Jet(-1), Jet(2)).value)
let nan = Jet(.nan)
print(max(nan, a).value, max(a, nan).value, min(nan, a).value, min(a, nan).value)
print(max(Jet(.infinity), Jet(-.infinity)).value, min(Jet(0), Jet(-0.0)).value)
let xs = [Jet(1), Jet(2), Jet(3)]
print(xs.reduce(Jet(0), +).value, xs.reduce(Jet(1), *).value, xs.reduce(Jet(10), -).value)
print([Jet]().reduce(Jet(5), +).value)
print(xs.max()!.value, xs.min()!.value, xs.sorted(by: >).map(\.value))
print([Jet]().max() == nil)
let vs = [Vector([1, 2]), Vector([3, 4])]
print(vs.reduce(Vector([0, 0]), +), vs.reduce(Vector([1, 1]), -))
print([Vector]().reduce(Vector([7]), +))
print([1.5, 2.5].reduce(0, +), [1, 2, 3].reduce(1, *))
// expect: 2.0 1.0
// expect: 3.0 -1.0
// expect: 1.0 nan nan 1.0
// expect: inf 0.0
// expect: 6.0 6.0 4.0
// expect: 5.0
// expect: 3.0 1.0 [3.0, 2.0, 1.0]
// expect: true
// expect: [4.0, 6.0] [-3.0, -5.0]
// expect: [7.0]
// expect: 4.0 6
