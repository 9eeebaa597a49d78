func makeAdders() -> [(Int) -> Int] { (1...3).map { n in { $0 + n } } }
print(makeAdders().map { $0(10) })
let scalers: [(Double) -> Double] = [1.0, 2.0].map { k in { x in k * x } }
print(scalers.map { $0(3) })
// expect: [11, 12, 13]
// expect: [3.0, 6.0]
