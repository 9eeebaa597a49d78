var side = 2.0
let area: Double { side * side }
// expect error: 2:18 'let' declarations cannot be computed properties
