protocol Penalty {
    associatedtype Parameters
    var parameters: Parameters { get }
}
struct A: Penalty { var parameters: Double { 1 } }
struct B: Penalty { var parameters: Int { 2 } }
func inner<P: Penalty>(_ p: P) -> String { "\(p.parameters)" }
func outer<P: Penalty>(_ p: P) -> String { inner(p) + "!" }
print(outer(A()), outer(B()))
// expect: 1.0! 2!
