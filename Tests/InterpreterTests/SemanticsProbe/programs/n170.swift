protocol Speaker { func speak() -> String }
extension Speaker { func speak() -> String { "..." }; func twice() -> String { speak() + speak() } }
class Dog: Speaker { func speak() -> String { "woof" } }
class Puppy: Dog { override func speak() -> String { "yip" } }
let s: Speaker = Puppy()
print(s.twice(), Puppy().twice(), (Puppy() as Dog).twice())
