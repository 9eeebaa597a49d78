class Animal {
    let name: String
    init(name: String) { self.name = name }
    func sound() -> String { "..." }
    func describe() -> String { "\(name) says \(sound())" }
}
class Dog: Animal {
    override func sound() -> String { "woof" }
}
class Cat: Animal {
    override func sound() -> String { "meow" }
}
let animals: [Animal] = [Dog(name: "rex"), Cat(name: "tom"), Animal(name: "x")]
for a in animals { print(a.describe()) }
