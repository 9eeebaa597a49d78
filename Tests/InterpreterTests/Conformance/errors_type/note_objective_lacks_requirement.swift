struct Half: Objective {
    var dimension: Int { 1 }
    func value(at x: Vector) -> Double { 0 }
}
// expect error: 1:8 type 'Half' does not conform to protocol 'Objective' (it lacks 'gradient')
