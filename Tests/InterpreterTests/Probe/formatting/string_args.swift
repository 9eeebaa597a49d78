import Foundation
let method = "bisection"
let s = String(format: "[%@] took %d steps", method, 12)
print(s)
print(String(format: "%@ / %@", "a", "b"))
