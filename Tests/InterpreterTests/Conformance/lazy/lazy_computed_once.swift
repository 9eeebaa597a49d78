class Model {
    var calls = 0
    lazy var expensive: Double = compute()
    func compute() -> Double {
        calls += 1
        return 42.5
    }
}
let m = Model()
print(m.calls)
print(m.expensive, m.expensive)
print(m.calls)
// expect: 0
// expect: 42.5 42.5
// expect: 1
