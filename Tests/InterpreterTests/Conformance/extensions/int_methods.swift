extension Int {
    var isEven: Bool { self % 2 == 0 }
    func times(_ s: String) -> String { String(repeating: s, count: self) }
    mutating func double() { self *= 2 }
}
print(4.isEven, 7.isEven)
print(3.times("ab"))
var n = 5
n.double()
print(n)
// interpreter-only
// expect: true false
// expect: ababab
// expect: 10
