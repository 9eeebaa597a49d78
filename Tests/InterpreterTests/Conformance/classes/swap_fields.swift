class Pair {
    var a = 1
    var b = 2
}
let p = Pair()
swap(&p.a, &p.b)
print(p.a, p.b)
// expect: 2 1
