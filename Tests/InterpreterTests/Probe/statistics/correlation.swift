import Foundation
func pearson(_ a: [Double], _ b: [Double]) -> Double {
    let n = Double(a.count)
    let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
    let cov = zip(a, b).map { ($0 - ma) * ($1 - mb) }.reduce(0, +)
    let va = a.map { ($0 - ma) * ($0 - ma) }.reduce(0, +)
    let vb = b.map { ($0 - mb) * ($0 - mb) }.reduce(0, +)
    return cov / sqrt(va * vb)
}
print(String(format: "%.6f", pearson([1, 2, 3, 4], [2, 4, 5, 9])))
print(pearson([1, 2, 3], [3, 2, 1]))
