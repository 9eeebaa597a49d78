struct Run {
    var steps: Int
    var rate: Double
    var log: [String] = []
    var summary: String { "\(steps)@\(rate)" }
    init(steps: Int, rate: Double) {
        self.steps = steps
        self.rate = rate
        log.append(summary)
        record("made")
    }
    init(summary: String) {
        steps = summary.count
        rate = 0.5
        print(self.summary, summary)
    }
    mutating func record(_ s: String) { log.append(s) }
}
print(Run(steps: 3, rate: 0.1).log, Run(summary: "ab").summary)
final class Model {
    let size: Int
    var weights: [Double]
    init(size: Int) {
        self.size = size
        weights = Array(repeating: 0, count: size)
        reset()
    }
    func reset() { weights = weights.map { _ in 1 } }
}
print(Model(size: 2).weights)
let a: [Double] = [1, 2].map { _ in 3 }
let b = [1, 2].map { _ in 3 }
var w: [Double] = [0.5]
w = w.map { _ in 1 }
print(a, b, w)
// expect: 2@0.5 ab
// expect: ["3@0.1", "made"] 2@0.5
// expect: [1.0, 1.0]
// expect: [3.0, 3.0] [3, 3] [1.0]
