class Animal { func name() -> String { "animal" } }
class Dog: Animal { override func name() -> String { "dog" } }
func describe(_ a: Animal) -> String { "A:" + a.name() }
func describe(_ d: Dog) -> String { "D:" + d.name() }
let x: Animal = Dog()
print(describe(x), describe(Dog()), describe(Animal()))
