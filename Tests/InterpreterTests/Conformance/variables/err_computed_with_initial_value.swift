var steps = 0
var rate: Double = 0.1 {
    get { 1 / Double(steps + 1) }
}
// expect error: 2:20 variable with getter/setter cannot have an initial value
