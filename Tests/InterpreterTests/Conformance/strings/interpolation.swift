let name = "Adam"
let lr = 0.001
let steps = 100
print("\(name) with lr=\(lr) for \(steps) steps")
// expect: Adam with lr=0.001 for 100 steps
print("sum: \(1 + 2), nested: \("in" + "ner")")
// expect: sum: 3, nested: inner
