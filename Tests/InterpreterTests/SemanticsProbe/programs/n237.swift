import Foundation
let n = 1234567
print("\(n)".count, String(n).reversed().map { String($0) }.joined(), String(n).compactMap { $0.wholeNumberValue }.reduce(0, +))
print(String(repeating: "-", count: 5) + ">", "x".padding(toLength: 4, withPad: ".", startingAt: 0))
