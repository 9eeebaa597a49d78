// A change through an optional chain accesses the place before the `?` whether or not it holds
// a value: its observers run, and a setter on the way stores back, even when the chain is nil
// (the value stored is evaluated only when it is not).
func value(_ n: Int) -> Int { print("evaluated", n); return n }
var o: Int? = nil { didSet { print("o", oldValue as Any, "->", o as Any) } }
o? += value(1)
o = 4
o? += value(2)

var history: [Double]? = nil { didSet { print("history", history as Any) } }
history?.append(1)
history = []
history?.append(2)

struct Model {
    var weight: Double? = nil { didSet { print("weight", oldValue as Any, "->", weight as Any) } }
    var bias: Double? {
        get { print("get bias"); return nil }
        set { print("set bias", newValue as Any) }
    }
}
var model = Model()
model.weight? *= 2
model.bias? += 1
model.weight = 3
model.weight? *= 2

var counts: [String: Int] = [:] { didSet { print("counts", counts) } }
counts["a"]? += 1
counts["a"] = 1
counts["a"]? += 1
// expect: o nil -> nil
// expect: o nil -> Optional(4)
// expect: evaluated 2
// expect: o Optional(4) -> Optional(6)
// expect: history nil
// expect: history Optional([])
// expect: history Optional([2.0])
// expect: weight nil -> nil
// expect: get bias
// expect: set bias nil
// expect: weight nil -> Optional(3.0)
// expect: weight Optional(3.0) -> Optional(6.0)
// expect: counts [:]
// expect: counts ["a": 1]
// expect: counts ["a": 2]
