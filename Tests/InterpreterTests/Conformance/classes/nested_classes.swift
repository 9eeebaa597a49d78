// Classes nested in structs, classes and enums.
struct Counter {
    final class Box { var n = 0 }
    let box = Box()
    func hit() { box.n += 1 }
}
class Optimizer {
    class State { var k = 0; func bump() { k += 1 } }
    class Momentum: State { var v = 0.5; override func bump() { k += 2 } }
    let state: State = Momentum()
}
enum Registry {
    final class Entry: CustomStringConvertible {
        let name: String
        init(name: String) { self.name = name }
        var description: String { "Entry(\(name))" }
    }
    static let all = [Entry(name: "sgd"), Entry(name: "adam")]
}
let c = Counter()
c.hit(); c.hit()
print(c.box.n)
let o = Optimizer()
o.state.bump()
print(o.state.k, type(of: o.state), Optimizer.State().k)
print(Registry.all, Registry.Entry(name: "x").name)
// expect: 2
// expect: 2 Momentum 0
// expect: [Entry(sgd), Entry(adam)] x
