class Model { var w = 1.0 }
let m = Model()
print(m)
print([m, m])
print("model: \(m)")
// expect: main.Model
// expect: [main.Model, main.Model]
// expect: model: main.Model
