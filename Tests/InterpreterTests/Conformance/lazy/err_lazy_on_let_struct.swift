struct Dataset {
    var values: [Double]
    lazy var total: Double = values.reduce(0, +)
}
let d = Dataset(values: [1, 2])
print(d.total)
// expect error: 6:9 cannot use mutating getter on immutable value: 'd' is a 'let' constant
