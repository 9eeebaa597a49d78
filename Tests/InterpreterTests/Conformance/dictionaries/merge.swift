var stock = ["apples": 3, "pears": 1]
stock.merge(["pears": 4, "plums": 2]) { old, new in old + new }
print(stock.sorted { $0.key < $1.key })
stock.merge([("apples", 10), ("figs", 5)], uniquingKeysWith: { current, _ in current })
print(stock.sorted { $0.key < $1.key })
stock.merge(["figs": 1]) { $1 }
print(stock["figs"]!, stock.count)
let base = ["a": 1]
let merged = base.merging(["a": 2, "b": 3]) { max($0, $1) }
print(merged.sorted { $0.key < $1.key }, base)
let kept = base.merging([("a", 9)]) { first, _ in first }
print(kept)
var log: [String] = []
var counts = ["x": 1, "y": 2]
counts.merge(["y": 5, "z": 1]) { a, b in
    log.append("\(a)+\(b)")
    return a + b
}
print(log, counts.sorted { $0.key < $1.key })
struct Tally {
    var counts: [String: Int] = [:] {
        didSet { print("didSet", counts.count) }
    }
}
var tally = Tally()
tally.counts.merge(["a": 1, "b": 2]) { $0 + $1 }
print(tally.counts.merging(["a": 5]) { $0 * $1 }["a"]!)
// expect: [(key: "apples", value: 3), (key: "pears", value: 5), (key: "plums", value: 2)]
// expect: [(key: "apples", value: 3), (key: "figs", value: 5), (key: "pears", value: 5), (key: "plums", value: 2)]
// expect: 1 4
// expect: [(key: "a", value: 2), (key: "b", value: 3)] ["a": 1]
// expect: ["a": 1]
// expect: ["2+5"] [(key: "x", value: 1), (key: "y", value: 7), (key: "z", value: 1)]
// expect: didSet 2
// expect: 5
