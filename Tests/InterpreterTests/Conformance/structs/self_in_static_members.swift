protocol Named {}
extension Named {
    static var typeName: String { "\(self)" }
    static func make() -> String { String(describing: self) }
}
struct Plain: Named {}
print(Plain.typeName, Plain.make())
struct Rule2 {
    static var label: String { "\(self)" }
    static func create() -> Rule2 { self.init() }
}
print(Rule2.label, Rule2.create())
struct Rule {
    var lr = 0.1
    static var label: String { "\(self)" }
    static func create() -> Rule { self.init() }
    static func create(lr: Double) -> Rule { self.init(lr: lr) }
    static func name() -> String { String(describing: self) + "/" + "\(Self.self)" }
}
print(Rule.label, Rule.create(), Rule.create(lr: 0.5).lr, Rule.name())
class Base {
    required init() {}
    class func make() -> Base { self.init() }
    class var tag: String { "\(self)" }
}
class Sub: Base {}
print(type(of: Sub.make()), Sub.tag, Base.tag)
// expect: Plain Plain
// expect: Rule2 Rule2()
// expect: Rule Rule(lr: 0.1) 0.5 Rule/Rule
// expect: Sub Sub Base
