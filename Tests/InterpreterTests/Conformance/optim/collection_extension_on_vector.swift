// interpreter-only (checked against swiftc linked with Optim's objects)
import Optim
extension Collection where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
    func rms() -> Double { (map { $0 * $0 }.reduce(0, +) / Double(count)).squareRoot() }
}
let v: Vector = [1, 2, 3]
print([1.0, 5].mean, v.mean, v.rms(), [3.0, 4].rms())
// expect: 3.0 2.0 2.160246899469287 3.5355339059327378
