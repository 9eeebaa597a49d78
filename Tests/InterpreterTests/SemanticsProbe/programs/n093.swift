var closures: [(Int) -> Int] = []
for m in 1...3 { closures.append { $0 * m } }
print(closures.map { $0(10) })
var total = 0
let adder: (Int) -> Void = { total += $0 }
[1, 2, 3].forEach(adder)
print(total)
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let h = compose({ $0 + 1 }, { "\($0 * 2)" })
print(h(4))
