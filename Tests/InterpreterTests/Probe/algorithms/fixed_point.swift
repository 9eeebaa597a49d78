import Foundation
var x = 1.0
var iterations = 0
while true {
    let next = cos(x)
    iterations += 1
    if abs(next - x) < 1e-10 { x = next; break }
    x = next
}
print(String(format: "%.8f", x), iterations)
