enum E: Error { case neg }
func g(_ x: Double) throws -> Double { if x < 0 { throw E.neg }; return x }
let f: (Double) -> Double = { try g($0) }
print(f(1))
// expect error: 3:29 invalid conversion from throwing function of type '(Double) throws -> Double' to non-throwing function type '(Double) -> Double'
