func makeStep(_ x: inout Double, lr: Double) -> () -> Void { return { x -= lr } }
// expect error: 1:69 escaping closure captures 'inout' parameter 'x'
