class Interval {
    var lower: Double
    var upper: Double
    init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
    convenience init(width: Double) {
        self.init(lower: -width / 2, upper: width / 2)
    }
    var length: Double { upper - lower }
}
let i = Interval(width: 3)
print(i.lower, i.upper, i.length)
// expect: -1.5 1.5 3.0
