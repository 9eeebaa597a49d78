class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
}
class Dog: Animal {
    override func sound() -> String { "woof" }
}
func speak(_ a: Animal) -> String { a.name + " says " + a.sound() }
let d = Dog(name: "Rex")
print(speak(d), speak(Animal(name: "generic")))
// expect: Rex says woof generic says ...
