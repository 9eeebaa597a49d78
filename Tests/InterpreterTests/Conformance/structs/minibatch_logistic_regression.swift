import Foundation
struct Dataset {
    var xs: [[Double]]
    var ys: [Int]
    var count: Int { xs.count }
    subscript(i: Int) -> (x: [Double], y: Int) { (xs[i], ys[i]) }
    func batches(of size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
var data = Dataset(xs: [], ys: [])
for i in 0..<12 {
    let x = Double(i) / 11 * 4 - 2
    data.xs.append([x, x * x])
    data.ys.append(x > 0 ? 1 : 0)
}
var w = [0.0, 0.0], bias = 0.0
let lr = 0.5
for epoch in 1...30 {
    var total = 0.0
    for batch in data.batches(of: 4) {
        var gw = [0.0, 0.0], gb = 0.0
        for i in batch {
            let (x, y) = data[i]
            let p = sigmoid(zip(w, x).reduce(bias) { $0 + $1.0 * $1.1 })
            let err = p - Double(y)
            for j in gw.indices { gw[j] += err * x[j] / Double(batch.count) }
            gb += err / Double(batch.count)
            total += -(Double(y) * log(p) + Double(1 - y) * log(1 - p))
        }
        for j in w.indices { w[j] -= lr * gw[j] }
        bias -= lr * gb
    }
    if epoch % 10 == 0 { print(epoch, String(format: "%.4f", total / Double(data.count))) }
}
let predictions = data.xs.map { x in sigmoid(zip(w, x).map(*).reduce(bias, +)) > 0.5 ? 1 : 0 }
let accuracy = Double(zip(predictions, data.ys).filter { $0 == $1 }.count) / Double(data.count)
print("accuracy \(accuracy)", predictions)
var confusion = [[Int]](repeating: [0, 0], count: 2)
for (p, y) in zip(predictions, data.ys) { confusion[y][p] += 1 }
for row in confusion { print(row.map { String($0).padding(toLength: 3, withPad: " ", startingAt: 0) }.joined()) }
let byLabel = Dictionary(grouping: data.xs.indices, by: { data.ys[$0] }).mapValues { $0.count }
print(byLabel.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let summary = (min: data.xs.map { $0[0] }.min()!, max: data.xs.map { $0[0] }.max()!)
print(summary, summary.max - summary.min)
// expect: 10 0.1498
// expect: 20 0.1143
// expect: 30 0.0977
// expect: accuracy 1.0 [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
// expect: 6  0  
// expect: 0  6  
// expect: ["0=6", "1=6"]
// expect: (min: -2.0, max: 2.0) 4.0
