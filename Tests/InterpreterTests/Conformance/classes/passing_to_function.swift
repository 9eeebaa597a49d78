class Model {
    var weights = [0.0, 0.0]
}
func train(_ m: Model, steps: Int) {
    for _ in 0..<steps {
        for i in m.weights.indices { m.weights[i] += 0.5 }
    }
}
let m = Model()
train(m, steps: 4)
print(m.weights)
// expect: [2.0, 2.0]
