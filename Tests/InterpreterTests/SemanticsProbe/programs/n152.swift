class Shape { var name: String; init(name: String) { self.name = name } ; var sides: Int { 0 } }
class Tri: Shape { init() { super.init(name: "tri") }; override var sides: Int { 3 } }
class Quad: Shape { override var sides: Int { 4 }; override var name: String { didSet { print("renamed", oldValue, name) } } }
let q = Quad(name: "q"); q.name = "square"
print([Tri(), q].map { "\($0.name):\($0.sides)" })
