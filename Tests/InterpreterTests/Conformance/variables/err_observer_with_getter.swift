var steps = 0
var rate: Double {
    get { 1 / Double(steps + 1) }
    didSet { print("changed") }
}
// expect error: 4:5 'didSet' cannot be provided together with a getter
