import Foundation
print("   k          x       f(x)")
var x = 1.0
for k in 0..<5 {
    let fx = x * x - 2
    print(String(format: "%4d %10.6f %10.2e", k, x, fx))
    x = x - fx / (2 * x)
}
