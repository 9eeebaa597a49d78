import Foundation
let n = 5
let x = Double(n) * (1 / 2)
let y = Double(n) * 1 / 2
let z = Double(n / 2) * 2
let w = 1 / 2 * Double(n)
print(x, y, z, w)
print(3 * 1.5, 7 % 3, -7 / 2.0, Double(-7 / 2))
