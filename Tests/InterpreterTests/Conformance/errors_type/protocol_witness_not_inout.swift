protocol Stepper { mutating func step(_ x: inout Int) }
struct Plain: Stepper {
    func step(_ x: Int) {}
}
// expect error: 2:8 type 'Plain' does not conform to protocol 'Stepper'
