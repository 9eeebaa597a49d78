struct P {
    var xs: [Int]
    subscript(i: Int) -> Int { xs[i] }
}
var p = P(xs: [1])
p[0] = 2
// expect error: 6:2 cannot assign through subscript: subscript is get-only
