class Model {
    var w = 0.0
    var b = 0.0
}
extension Model {
    convenience init(w: Double) {
        self.init()
        self.w = w
    }
}
let m = Model(w: 2)
let n = Model()
print(m.w, m.b, n.w)
// expect: 2.0 0.0 0.0
