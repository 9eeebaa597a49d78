class Shape {
  let name: String
  required init(name: String) { self.name = name }
  class func make() -> Self { Self(name: "made") }
}
class Circle: Shape { var r = 1.0 }
let c = Circle.make()
print(c.r)
struct Cfg {
  static let base = 10
  static var table: [Int] = { (0..<3).map { $0 * base } }()
  static let t2 = base * 2
}
print(Cfg.table, Cfg.t2)
// expect: 1.0
// expect: [0, 10, 20] 20
