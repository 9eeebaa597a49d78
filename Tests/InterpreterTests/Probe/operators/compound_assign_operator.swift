struct Accum {
    var total = 0.0
    static func += (a: inout Accum, x: Double) { a.total += x }
}
var acc = Accum()
acc += 2.5
acc += 4
print(acc.total)
