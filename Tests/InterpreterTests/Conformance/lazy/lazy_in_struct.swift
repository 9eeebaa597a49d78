struct Dataset {
    var values: [Double]
    lazy var mean: Double = {
        print("computing")
        return values.reduce(0, +) / Double(values.count)
    }()
    mutating func centered() -> [Double] { values.map { $0 - mean } }
}
var d = Dataset(values: [1, 2, 3, 6])
print(d.mean, d.mean)
print(d.centered())
var e = d
e.mean = 10
print(d.mean, e.mean)
// expect: computing
// expect: 3.0 3.0
// expect: [-2.0, -1.0, 0.0, 3.0]
// expect: 3.0 10.0
