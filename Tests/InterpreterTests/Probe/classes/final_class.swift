final class Accumulator {
    private(set) var total = 0.0
    func add(_ x: Double) { total += x }
}
let acc = Accumulator()
for x in [1.5, 2.5, 3.0] { acc.add(x) }
print(acc.total)
