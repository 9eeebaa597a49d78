struct Acc {
    var total = 0.0
    mutating func add(_ x: Double) { total += x }
}
var accs = [Acc(), Acc()]
accs[1].add(2.5)
accs[1].add(1)
print(accs[0].total, accs[1].total)
// expect: 0.0 3.5
