import Foundation
class Animal { func speak() -> String { "..." } }
protocol Loud { func shout() -> String }
extension Loud { func shout() -> String { "LOUD" } }
class Dog: Animal, Loud { override func speak() -> String { "woof" } }
class Puppy: Dog { func shout() -> String { "yip" } }
let d: Loud = Puppy()
let a: Animal = Puppy()
print(d.shout(), a.speak(), Puppy().shout())
