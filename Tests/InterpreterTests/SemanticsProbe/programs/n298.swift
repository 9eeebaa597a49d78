class Base { func hook() -> String { "base" }; final func run() -> String { "run:" + hook() } }
class Mid: Base { override func hook() -> String { "mid/" + super.hook() } }
class Leaf: Mid {}
print(Leaf().run(), (Leaf() as Base).run(), Mid().run())
