protocol Scheme {
    var name: String { get }
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T
    func describe<T: CustomStringConvertible>(_ x: T) -> String
}
extension Scheme {
    func describe<T: CustomStringConvertible>(_ x: T) -> String { "\(name)(\(x))" }
}
struct Twice: Scheme {
    let name = "twice"
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { 2 * x }
}
final class Halve: Scheme {
    var name: String { "halve" }
    func apply<T: BinaryFloatingPoint>(_ x: T) -> T { x / 2 }
    func describe<T: CustomStringConvertible>(_ x: T) -> String { "½·\(x)" }
}
enum Shift: Scheme {
    case up, down
    var name: String { self == .up ? "up" : "down" }
    func apply<T: BinaryFloatingPoint>(_ value: T) -> T { self == .up ? value + 1 : value - 1 }
}
let schemes: [any Scheme] = [Twice(), Halve(), Shift.up, Shift.down]
for s in schemes {
    print(s.name, s.apply(3.0), s.apply(Float(1.5)), s.describe(7), s.describe("x"))
}
func run<S: Scheme>(_ s: S, _ x: Double) -> Double { s.apply(s.apply(x)) }
print(schemes.map { run($0, 1.0) })
print(Twice().apply(Float(4)), Halve().describe(2.5))
let total = schemes.reduce(0.0) { $0 + $1.apply(1.0) }
print(total)
// expect: twice 6.0 3.0 twice(7) twice(x)
// expect: halve 1.5 0.75 ½·7 ½·x
// expect: up 4.0 2.5 up(7) up(x)
// expect: down 2.0 0.5 down(7) down(x)
// expect: [4.0, 0.25, 3.0, -1.0]
// expect: 8.0 ½·2.5
// expect: 4.5
