import Foundation
// A NaN computed at run time (0/0 folded by the compiler may differ) is negative on x86.
var x = 1.0
for _ in 0..<700 { x -= 10 * (2*x - x*x*x) }
print(x.description, x.debugDescription, "\(x)", String(describing: x), [x])
print(x)
print(sqrt(-1.0), log(-1.0), (-1.0).squareRoot(), -Double.nan, Double.nan)
let p = Double.nan
let m = -Double.nan
for v in [p, m, Double.nan] {
    print(v, "\(v)", v.description, String(describing: v), [v], v.debugDescription)
}
let f: Float = -Float.nan
print(f, [f], f.description)
print(Double.infinity - Double.infinity, 0 * Double.infinity)
// expect: nan -nan -nan nan [-nan]
// expect: -nan
// expect: -nan -nan -nan -nan nan
// expect: nan nan nan nan [nan] nan
// expect: -nan -nan nan nan [-nan] -nan
// expect: nan nan nan nan [nan] nan
// expect: -nan [-nan] nan
// expect: -nan -nan
