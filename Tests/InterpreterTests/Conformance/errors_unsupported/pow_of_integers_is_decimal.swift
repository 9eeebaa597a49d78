import Foundation
let bits = 10
print(pow(2.0, Double(bits)), pow(3, 0.5))
print(pow(2, bits))
// expect error: 4:7 not supported in experiment blocks: 'pow' of an integer literal and an integer
