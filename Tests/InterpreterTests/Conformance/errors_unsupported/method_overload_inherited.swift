class Base { func step(_ x: Int) -> Int { x } }
class Derived: Base { func step(_ x: Double) -> Double { x } }
print(Derived().step(1))
// expect error: 2:28 not supported in experiment blocks: overloading an inherited method
