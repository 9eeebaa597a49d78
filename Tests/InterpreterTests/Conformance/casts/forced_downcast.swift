class Base { var tag = "base" }
class Derived: Base {
    var extra = 3
}
let b: Base = Derived()
let d = b as! Derived
print(d.extra, b is Derived, b is Base)
// expect: 3 true true
