class A: CustomStringConvertible { var description: String { "A" } }
class B: A { override var description: String { "B<" + super.description + ">" } }
class C: B {}
let xs: [A] = [A(), B(), C()]
print(xs, "\(xs[2])", String(describing: xs[1]))
