enum E: Error { case neg }
func g(_ x: Double) throws -> Double { if x < 0 { throw E.neg }; return x }
func apply(_ h: (Double) -> Double) -> Double { h(1) }
print(apply(g))
// expect error: 4:13 invalid conversion from throwing function of type '(Double) throws -> Double' to non-throwing function type '(Double) -> Double'
