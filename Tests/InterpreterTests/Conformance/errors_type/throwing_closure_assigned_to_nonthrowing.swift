enum E: Error { case neg }
func g(_ x: Double) throws -> Double { if x < 0 { throw E.neg }; return x }
var f: (Double) -> Double = { $0 }
f = { x in
    do { return try g(x) } catch E.neg { return 0 }
}
// expect error: 4:3 invalid conversion from throwing function of type '(Double) throws -> Double' to non-throwing function type '(Double) -> Double'
