import Foundation
struct Cnt { static var n = 0; static let name = "C"; init() { Cnt.n += 1 } }
_ = Cnt(); _ = Cnt()
print(Cnt.n, Cnt.name)
class Base { class var kind: String { "base" }; static func make() -> String { "m" } }
class Sub: Base { override class var kind: String { "sub" } }
print(Base.kind, Sub.kind, Sub.make())
