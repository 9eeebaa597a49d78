class Animal {}
class Dog: Animal {}
enum Color { case red }
print([type(of: 3)])
print([1, 2].map { type(of: $0) })
print((type(of: 1.5), 2))
print([type(of: Color.red)])
let animals: [Animal] = [Animal(), Dog()]
print(animals.map { type(of: $0) })
print(type(of: animals[0]) == type(of: animals[1]))
print(type(of: animals[1]) == type(of: Dog()))
print(type(of: 1) == type(of: 2.0), type(of: 1) != type(of: 2.0))
let pet: Any = Dog()
print(type(of: pet) == type(of: Dog()))
let t: Any = type(of: 2)
print(t, [t])
// expect: [Swift.Int]
// expect: [Swift.Int, Swift.Int]
// expect: (Swift.Double, 2)
// expect: [main.Color]
// expect: [main.Animal, main.Dog]
// expect: false
// expect: true
// expect: false true
// expect: true
// expect: Int [Swift.Int]
