// A lazy or computed property holding a closure, called.
class Logger {
    var entries: [String] = []
    lazy var log: (String) -> Void = { [unowned self] s in self.entries.append(s) }
}
let lg = Logger()
lg.log("a")
print(lg.entries)
struct Model {
    var w = 2.0
    var loss: (Double) -> Double { { x in (self.w * x - 1) * (self.w * x - 1) } }
}
var m = Model()
print(m.loss(1), m.loss(0.5))
// expect: ["a"]
// expect: 1.0 0.0
