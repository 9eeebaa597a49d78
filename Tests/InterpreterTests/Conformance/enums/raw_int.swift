enum Level: Int { case low = 1, medium, high = 10, extreme }
print(Level.medium.rawValue, Level.extreme.rawValue)
let l = Level(rawValue: 10)
print(l == .high)
if let none = Level(rawValue: 5) { print("found", none) } else { print("no level 5") }
// expect: 2 11
// expect: true
// expect: no level 5
