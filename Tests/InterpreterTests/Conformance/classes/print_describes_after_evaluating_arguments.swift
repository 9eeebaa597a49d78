// print evaluates every argument before describing any: an instance a later argument changes
// prints as it is then, and a description with effects runs in that order.
class Model: CustomStringConvertible {
    var w = 0.0
    var description: String { "Model(w: \(w))" }
    func step() -> Double { w += 0.5; return w * w }
}
let m = Model()
print("model", m, "loss after step", m.step())
final class Counter: CustomStringConvertible {
    var n = 0
    var description: String { n += 1; return "C\(n)" }
}
let c = Counter()
print(c, c, "\(c)")
debugPrint(m, m.step())
// expect: model Model(w: 0.5) loss after step 0.25
// expect: C2 C3 C1
// expect: Model(w: 1.0) 1.0
