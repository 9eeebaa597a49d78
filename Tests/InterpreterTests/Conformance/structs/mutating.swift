struct Counter {
    var n = 0
    mutating func bump(by k: Int = 1) { n += k }
}
var c = Counter()
c.bump()
c.bump(by: 5)
print(c.n)
// expect: 6
