import Foundation
let angle = 7.5
print(angle.truncatingRemainder(dividingBy: 2.0))
print((-7.5).truncatingRemainder(dividingBy: 2.0))
print(angle.remainder(dividingBy: 2.0))
print(fmod(10.0, 3.0))
