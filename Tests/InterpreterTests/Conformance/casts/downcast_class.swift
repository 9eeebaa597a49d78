class Animal { func name() -> String { "animal" } }
class Dog: Animal {
    func fetch() -> String { "fetching" }
    override func name() -> String { "dog" }
}
class Cat: Animal {}
let pets: [Animal] = [Dog(), Cat(), Dog()]
var fetches = 0
for p in pets {
    if let d = p as? Dog {
        fetches += 1
        print(d.fetch())
    } else {
        print(p.name(), "is not a dog")
    }
}
print(fetches, pets.filter { $0 is Cat }.count)
// expect: fetching
// expect: animal is not a dog
// expect: fetching
// expect: 2 1
