enum E: Error { case neg }
func g(_ x: Double) throws -> Double { if x < 0 { throw E.neg }; return x }
let caught: (Double) -> Double = { x in do { return try g(x) } catch { return 0 } }
let optional: (Double) -> Double = { x in (try? g(x)) ?? -1 }
let throwing: (Double) throws -> Double = { try g($0) }
let inferred = { (x: Double) in try g(x) }
func apply(_ h: (Double) throws -> Double, to x: Double) rethrows -> Double { try h(x) }
print(caught(-2), optional(-2), try throwing(3), try inferred(4))
print(try apply({ try g($0) }, to: 5), apply({ $0 * 2 }, to: 5))
print(try [1.0, 2].map { try g($0) })
print(type(of: inferred), type(of: caught))
let plain: (Double) -> Double = { $0 + 1 }
let widened: (Double) throws -> Double = plain
print(try widened(1))
// expect: 0.0 -1.0 3.0 4.0
// expect: 5.0 10.0
// expect: [1.0, 2.0]
// expect: (Double) throws -> Double (Double) -> Double
// expect: 2.0
