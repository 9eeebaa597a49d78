protocol StepRule {}
extension StepRule {
    var name: String { "\(Self.self)" }
    func kind() -> Any.Type { Self.self }
}
struct Plain: StepRule {}
struct Box<T>: StepRule { var x: T }
class Base: StepRule { func me() -> String { "\(Self.self)" } }
final class Sub: Base {}
print(Plain().name, Plain().kind(), Box(x: 1).name, Base().name, Sub().name, Sub().me())
let rules: [any StepRule] = [Plain(), Box(x: "s"), Sub()]
print(rules.map(\.name))
struct Q { func me() -> String { String(describing: Self.self) } }
print(Q().me())
// expect: Plain Plain Box<Int> Base Sub Sub
// expect: ["Plain", "Box<String>", "Sub"]
// expect: Q
