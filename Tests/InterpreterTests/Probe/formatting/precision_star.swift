import Foundation
let pi = 3.141592653589793
for digits in 1...4 {
    print(String(format: "%.\(digits)f", pi))
}
