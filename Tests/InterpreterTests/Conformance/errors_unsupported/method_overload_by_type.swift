struct Scaler {
    func apply(_ x: Int) -> Int { x * 2 }
    func apply(_ x: Double) -> Double { x * 3 }
}
print(Scaler().apply(1), Scaler().apply(1.5))
// expect error: 3:10 not supported in experiment blocks: overloading the method 'apply'
