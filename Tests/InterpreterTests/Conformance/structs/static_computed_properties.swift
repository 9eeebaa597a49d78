// Static computed properties: computed on every use, in a struct, an enum and an extension.
struct Counter {
    static var count = 0
    static var next: Int {
        count += 1
        return count
    }
    static var unit: Counter { Counter() }
}
extension Counter {
    static var described: String { "count is \(count)" }
}
enum Direction {
    case north, south
    static var all: [Direction] { [.north, .south] }
}
print(Counter.next, Counter.next, Counter.count, Counter.described)
print(Direction.all.count, type(of: Counter.unit))
// expect: 1 2 2 count is 2
// expect: 2 Counter
