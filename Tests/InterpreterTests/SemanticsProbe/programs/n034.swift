import Foundation
class A {
  var x: Int
  init(x: Int) { self.x = x; print("A init", x) }
  func describe() -> String { "A(\(x))" }
  func call() -> String { describe() }
}
class B: A {
  var y: Int
  init(x: Int, y: Int) { self.y = y; super.init(x: x); print("B init", y) }
  override func describe() -> String { "B(" + super.describe() + ",\(y))" }
}
let items: [A] = [A(x: 1), B(x: 2, y: 3)]
for i in items { print(i.call(), i is B, (i as? B)?.y as Any) }
