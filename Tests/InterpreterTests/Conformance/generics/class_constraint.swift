class Layer {
    func parameters() -> Int { 0 }
}
class Dense: Layer {
    var n: Int
    init(n: Int) { self.n = n }
    override func parameters() -> Int { n * n + n }
}
func count<L: Layer>(_ layers: [L]) -> Int {
    var total = 0
    for l in layers { total += l.parameters() }
    return total
}
print(count([Dense(n: 2), Dense(n: 3)]))
// expect: 18
