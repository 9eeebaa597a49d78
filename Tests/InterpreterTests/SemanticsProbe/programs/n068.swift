import Foundation
class Shape { var name: String { "shape" }; func describe() -> String { "I am \(name)" } }
class Circle: Shape { override var name: String { "circle" } }
class Unit: Circle { override func describe() -> String { super.describe() + "!" } }
let s: [Shape] = [Shape(), Circle(), Unit()]
print(s.map { $0.describe() })
print(s.map { type(of: $0) }, s.filter { $0 is Circle }.count)
