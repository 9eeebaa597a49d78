protocol Describable {
    var label: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "<" + label + ">" }
}
struct A: Describable { var label = "a" }
struct B: Describable {
    var label = "b"
    func describe() -> String { "custom " + label }
}
let items: [any Describable] = [A(), B()]
print(items.map { $0.describe() })
print(A().describe())
// expect: ["<a>", "custom b"]
// expect: <a>
