protocol Container {
    associatedtype Item
    var items: [Item] { get }
}
struct Empty: Container {
    var count = 0
}
// expect error: 5:8 type 'Empty' does not conform to protocol 'Container'
