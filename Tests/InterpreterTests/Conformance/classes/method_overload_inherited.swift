class Base { func step(_ x: Int) -> Int { x } }
class Derived: Base { func step(_ x: Double) -> Double { x } }
print(Derived().step(1), Derived().step(1.5), Base().step(2))
// expect: 1 1.5 2
