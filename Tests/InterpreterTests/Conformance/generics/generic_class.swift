class Cell<Value> {
    var value: Value
    init(_ value: Value) { self.value = value }
    func replace(with v: Value) -> Value {
        let old = value
        value = v
        return old
    }
}
let c = Cell(1.5)
let shared = c
print(shared.replace(with: 2.5), c.value)
// expect: 1.5 2.5
