class Base {
  func step(_ x: Int) -> String { "B-int" }
  func step(_ x: Double) -> String { "B-dbl" }
}
class Sub: Base {
  override func step(_ x: Int) -> String { "S-int" }
}
print(Sub().step(1))
let b: Base = Sub()
print(b.step(2))
class Base3 {
  func step(_ x: Int) -> String { "B-int" }
  func step(_ x: Double) -> String { "B-dbl" }
}
class Sub3: Base3 {
  override func step(_ x: Double) -> String { "S-dbl" }
}
print(Sub3().step(1.5))
class A9 {
  class var desc: String { "\(self)" }
  class func name() -> String { "\(self)" }
}
class B9: A9 {
  override class var desc: String { "B9:" + super.desc }
  override class func name() -> String { "B9:" + super.name() }
}
print(B9.desc, B9.name())
// expect: S-int
// expect: S-int
// expect: S-dbl
// expect: B9:B9 B9:B9
