struct Tracker {
    private var history: [Double] = []
    private(set) var best = Double.infinity
    fileprivate var label = "tracker"
    private static var made = 0
    private func summary() -> String { "\(history.count) values, best \(best)" }
    init() { Tracker.made += 1 }
    mutating func record(_ x: Double) {
        history.append(x)
        best = min(best, x)
    }
    struct Report {
        func render(_ t: Tracker) -> String { t.summary() + " of \(t.history.count)" }
    }
}
extension Tracker {
    var description: String { summary() + " (\(Tracker.made) made)" }
    func compare(_ other: Tracker) -> Bool { history.count > other.history.count }
    mutating func reset() { self.history = []; best = .infinity }
}
var t = Tracker()
t.record(3); t.record(1.5); t.record(2)
print(t.description, t.best, t.label)
print(Tracker.Report().render(t), t.compare(Tracker()))
t.label = "renamed"
t.reset()
print(t.best, t.label)
final class Stack<Element> {
    private var items: [Element] = []
    func push(_ x: Element) { items.append(x) }
}
extension Stack {
    var top: Element? { items.last }
    func merged(with other: Stack<Element>) -> [Element] { items + other.items }
}
let s = Stack<Int>()
s.push(1); s.push(2)
print(s.top!, s.merged(with: s))
// expect: 3 values, best 1.5 (1 made) 1.5 tracker
// expect: 3 values, best 1.5 of 3 true
// expect: inf renamed
// expect: 2 [1, 2, 1, 2]
