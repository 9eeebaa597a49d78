class A { var x: Int { 1 } }
class B: A {
    override var y: Int { 2 }
}
// expect error: 3:18 property does not override any property from its superclass
