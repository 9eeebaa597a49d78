var steps = 0
var rate { 1 / Double(steps + 1) }
// expect error: 2:5 computed property must have an explicit type
