import Foundation
let tempsC = [-40.0, 0, 37, 100]
for c in tempsC { print(String(format: "%6.1fC = %6.1fF", c, c * 9 / 5 + 32)) }
print(tempsC.map { $0 * 9 / 5 + 32 })
print(String(format: "%d%%", 50), String(format: "[%3d][%-3d][%03d]", 7, 7, 7))
