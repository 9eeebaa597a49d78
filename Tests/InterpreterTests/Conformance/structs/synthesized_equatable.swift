struct Config: Equatable {
    var lr: Double
    var steps: Int
}
let a = Config(lr: 0.1, steps: 10)
var b = a
print(a == b)
b.steps = 11
print(a == b, a != b)
print([a, b].contains(Config(lr: 0.1, steps: 11)))
// expect: true
// expect: false true
// expect: true
