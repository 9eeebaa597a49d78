class Base {
    var n: Int
    init(n: Int) { self.n = n }
}
class Derived: Base {
    var extra = 10
    func total() -> Int { n + extra }
}
let d = Derived(n: 5)
print(d.total())
// expect: 15
