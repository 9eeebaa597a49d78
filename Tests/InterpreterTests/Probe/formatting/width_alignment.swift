import Foundation
let rows = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
for (name, value) in rows {
    print(name.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "|%10.3f|", value))
}
