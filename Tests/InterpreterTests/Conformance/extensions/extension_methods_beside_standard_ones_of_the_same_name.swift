extension Sequence {
    func sorted<T: Comparable>(by key: KeyPath<Element, T>) -> [Element] {
        sorted { $0[keyPath: key] < $1[keyPath: key] }
    }
    func max<T: Comparable>(by key: KeyPath<Element, T>) -> Element? {
        self.max { $0[keyPath: key] < $1[keyPath: key] }
    }
}
extension Array where Element == Double {
    func sorted(descending: Bool) -> [Double] { descending ? sorted(by: >) : sorted() }
    func contains(_ x: Double, within tolerance: Double) -> Bool { contains { abs($0 - x) <= tolerance } }
}
struct Run { let name: String; let loss: Double }
let runs = [Run(name: "b", loss: 2), Run(name: "a", loss: 1), Run(name: "c", loss: 3)]
print(runs.sorted(by: \.loss).map(\.name), runs.max(by: \.loss)!.name)
print(runs.sorted { $0.name > $1.name }.map(\.name), runs.max { $0.loss > $1.loss }!.name)
let xs = [3.0, 1.0, 2.0]
print(xs.sorted(descending: true), xs.sorted(descending: false), xs.sorted(), xs.sorted(by: >))
print(xs.contains(2.05, within: 0.1), xs.contains(2.0), xs.contains { $0 > 2.5 })
// expect: ["a", "b", "c"] c
// expect: ["c", "b", "a"] a
// expect: [3.0, 2.0, 1.0] [1.0, 2.0, 3.0] [1.0, 2.0, 3.0] [3.0, 2.0, 1.0]
// expect: true true true
