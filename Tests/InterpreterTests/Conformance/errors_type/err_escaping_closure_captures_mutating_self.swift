struct Model {
    var w = 1.0
    mutating func stepper() -> () -> Void { { self.w += 1 } }
}
// expect error: 3:45 escaping closure captures mutating 'self' parameter
