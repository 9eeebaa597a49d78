class A {
    func who() -> String { "A" }
    func chain() -> String { who() }
}
class B: A {
    override func who() -> String { "B<" + super.who() }
}
class C: B {
    override func who() -> String { "C<" + super.who() }
}
let xs: [A] = [A(), B(), C()]
print(xs.map { $0.chain() })
// expect: ["A", "B<A", "C<B<A"]
