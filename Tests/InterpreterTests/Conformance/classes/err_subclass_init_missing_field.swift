class Base {
    var a = 1
}
class Derived: Base {
    var b: Int
}
// expect error: 4:7 class 'Derived' has no initializers
