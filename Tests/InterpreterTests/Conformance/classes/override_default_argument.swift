class Base {
    func scale(_ x: Double, by k: Double = 2) -> Double { x * k }
}
class Sub: Base {
    override func scale(_ x: Double, by k: Double) -> Double { x * k + 1 }
}
let b: Base = Sub()
print(b.scale(3), b.scale(3, by: 10))
// expect: 7.0 31.0
