final class Model {
    let data: [Double]
    lazy var label = "model of \(data.count)"
    lazy var mean = data.reduce(0, +) / Double(data.count)
    lazy var squares = data.map { $0 * $0 }
    init(data: [Double]) { self.data = data }
}
let m = Model(data: [1, 2, 3])
print(m.label, m.mean, m.squares)
m.mean = 7
print(m.mean)
struct S {
    var x = 2.0
    lazy var twice = x * 2
}
var s = S()
print(s.twice)
print(s)
// expect: model of 3 2.0 [1.0, 4.0, 9.0]
// expect: 7.0
// expect: 4.0
// expect: S(x: 2.0, $__lazy_storage_$_twice: Optional(4.0))
