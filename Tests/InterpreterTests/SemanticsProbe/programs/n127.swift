class A { func who() -> String { "A" }; func callWho() -> String { who() } }
class B: A { override func who() -> String { "B" } }
extension A { func ext() -> String { "extA:" + who() } }
let b: A = B()
print(b.callWho(), b.ext(), (b as! B).who())
