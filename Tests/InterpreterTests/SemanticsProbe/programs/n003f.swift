import Foundation
let a = 7, b = -7
print(a / 2, b / 2, a % 3, b % 3, a % -3, b % -3)
print(Int(3.99), Int(-3.99), Int(2.5.rounded()), Int((-2.5).rounded()))
print((2.5).rounded(.toNearestOrEven), (3.5).rounded(.toNearestOrEven), (-2.5).rounded(.towardZero), (2.1).rounded(.up), (-2.1).rounded(.down))
print(7.5.truncatingRemainder(dividingBy: 2), (-7.5).truncatingRemainder(dividingBy: 2), 7.5.remainder(dividingBy: 2), 5.0.remainder(dividingBy: 2))
