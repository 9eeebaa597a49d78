import Foundation
enum Planet: Int, Comparable { case mercury = 1, venus, earth
  static func < (a: Planet, b: Planet) -> Bool { a.rawValue < b.rawValue }
  var name: String { "\(self)".capitalized }
  mutating func next() { self = Planet(rawValue: rawValue + 1) ?? .mercury }
}
var p = Planet.venus
print(p.name, p < .earth, [Planet.earth, .mercury].sorted())
p.next(); print(p); p.next(); print(p)
