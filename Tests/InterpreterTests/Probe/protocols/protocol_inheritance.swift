protocol Entity {
    var id: Int { get }
}
protocol Describable: Entity {
    func describe() -> String
}
extension Describable {
    func describe() -> String { "entity #\(id)" }
}
struct User: Describable { let id: Int }
print(User(id: 12).describe())
