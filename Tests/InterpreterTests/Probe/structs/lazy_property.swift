struct Dataset {
    var values: [Double]
    lazy var mean: Double = values.reduce(0, +) / Double(values.count)
}
var d = Dataset(values: [1, 2, 3, 6])
print(d.mean)
