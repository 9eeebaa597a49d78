class A { final func f() -> Int { 1 } }
class B: A {
    override func f() -> Int { 2 }
}
// expect error: 3:19 instance method overrides a 'final' instance method
