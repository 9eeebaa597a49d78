class A { func f(_ x: Double) -> Double { x } }
class B: A {
    override func f(_ x: Int) -> Double { 1 }
}
// expect error: 3:19 method does not override any method from its superclass
