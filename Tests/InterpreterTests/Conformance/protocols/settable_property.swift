protocol Tunable {
    var lr: Double { get set }
}
struct Plain: Tunable { var lr = 0.1 }
struct Bounded: Tunable {
    var stored = 0.1
    var lr: Double {
        get { stored }
        set { stored = min(newValue, 1) }
    }
}
var tunables: [any Tunable] = [Plain(), Bounded()]
for i in tunables.indices { tunables[i].lr *= 20 }
print(tunables.map { $0.lr })
// expect: [2.0, 1.0]
