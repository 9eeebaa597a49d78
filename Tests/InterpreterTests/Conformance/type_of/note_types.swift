struct Point { var x = 0.0 }
enum Mode { case fast }
class Animal {}
class Dog: Animal {}
let a: Animal = Dog()
print(type(of: Point()), type(of: Mode.fast), type(of: a))
print("\(type(of: [Point()]))")
// expect: Point Mode Dog
// expect: Array<Point>
