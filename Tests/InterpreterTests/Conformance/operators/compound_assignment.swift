struct Accum {
    var total = 0.0
    static func += (a: inout Accum, x: Double) { a.total += x }
}
func -= (v: inout [Double], k: Double) { v = v.map { $0 - k } }
var acc = Accum()
acc += 2.5
acc += 4
var accs = [Accum(), Accum()]
accs[1] += 1
var xs = [1.0, 2.0]
xs -= 0.5
print(acc.total, accs.map(\.total), xs)
// expect: 6.5 [0.0, 1.0] [0.5, 1.5]
