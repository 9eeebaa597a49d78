protocol Animal { var name: String { get }; func sound() -> String }
extension Animal { func sound() -> String { "generic" }; func intro() -> String { "\(name) says \(sound())" } }
class Cat: Animal { var name = "cat"; func sound() -> String { "meow" } }
class Lion: Cat { override func sound() -> String { "roar" }; override var name: String { get { "lion" } set {} } }
let z: [Animal] = [Cat(), Lion()]
print(z.map { $0.intro() })
