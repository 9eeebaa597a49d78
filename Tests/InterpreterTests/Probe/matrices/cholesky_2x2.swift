import Foundation
let a: [[Double]] = [[4, 2], [2, 3]]
let l11 = sqrt(a[0][0])
let l21 = a[1][0] / l11
let l22 = sqrt(a[1][1] - l21 * l21)
print(l11, l21, String(format: "%.10f", l22))
print(abs(l21 * l21 + l22 * l22 - a[1][1]) < 1e-12)
