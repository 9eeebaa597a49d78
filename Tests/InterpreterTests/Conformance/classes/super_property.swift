class Base {
    var scale: Double { 2 }
}
class Twice: Base {
    override var scale: Double { super.scale * 2 }
}
print(Twice().scale, Base().scale)
// expect: 4.0 2.0
