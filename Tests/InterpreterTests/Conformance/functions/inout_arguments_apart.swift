struct P { var a = 1, b = 2 }
func f(_ a: inout Int, _ b: inout Int) { a += 1; b += 1 }
func t() {
    var p = P()
    f(&p.a, &p.b)
    var y = 1, z = 2
    f(&y, &z)
    var xs = [1, 2]
    xs.swapAt(0, 1)
    print(p, y, z, xs)
}
t()
// expect: P(a: 2, b: 3) 2 3 [2, 1]
