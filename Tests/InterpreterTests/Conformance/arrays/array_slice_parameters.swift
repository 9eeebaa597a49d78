func meanLoss(of batch: ArraySlice<Int>, values: [Double]) -> Double {
    var total = 0.0
    for i in batch { total += values[i] }
    return total / Double(batch.count)
}
func sizes(_ parts: ArraySlice<Int>) -> Int { parts.reduce(0, +) + parts.map { $0 * 2 }.count }
let order = [3, 0, 2, 1, 4, 5]
let values = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5]
for start in stride(from: 0, to: order.count, by: 4) {
    let batch = order[start..<min(start + 4, order.count)]
    print(meanLoss(of: batch, values: values), sizes(batch))
}
print(sizes([1, 2]), meanLoss(of: order[0...], values: values), sizes(order.dropFirst(4)))
// expect: 2.0 10
// expect: 5.0 11
// expect: 5 3.0 11
