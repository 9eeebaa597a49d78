class Accumulator {
    var total = 0.0
    func callAsFunction(_ x: Double) { total += x }
}
let acc = Accumulator()
acc(1.5)
acc(2)
print(acc.total)
// expect: 3.5
