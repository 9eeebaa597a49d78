class Base {
    func greet() -> String { "base" }
}
class Derived: Base {
    override func greet() -> String { "derived+" + super.greet() }
}
print(Derived().greet())
