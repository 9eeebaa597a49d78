var steps = 0
var rate: Double {
    set { steps = Int(1 / newValue) }
}
// expect error: 3:5 variable with a setter must also have a getter
