import Foundation
func softmax(_ z: [Double]) -> [Double] {
    let m = z.max()!
    let e = z.map { exp($0 - m) }
    let s = e.reduce(0, +)
    return e.map { $0 / s }
}
print(softmax([1, 2, 3]).map { String(format: "%.4f", $0) })
print(softmax([0, 0]))
