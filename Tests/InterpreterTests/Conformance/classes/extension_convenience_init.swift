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
// interpreter-only: Swift declares extensions only at file scope, outside the test's wrapper function
// expect: 2.0 0.0 0.0
