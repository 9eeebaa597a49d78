class Model {
    var w = 1.0
}
let m = Model()
m.train()
// expect error: 5:3 value of type 'Model' has no member 'train'
