protocol Steppable {
    mutating func step()
}
struct Counter: Steppable {
    var n = 0
    mutating func step() { n += 1 }
}
var c = Counter()
for _ in 0..<5 { c.step() }
print(c.n)
