class A { var x = 1 }
class B: A {
    override var x = 2
}
// expect error: 3:18 cannot override with a stored property 'x'
