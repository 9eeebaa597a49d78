class Model {
    var steps: [() -> Void] = []
    var loss = 1.0
    func halve() { loss /= 2 }
    func schedule() {
        steps.append { halve() }
    }
}
let m = Model()
m.schedule()
m.steps[0]()
print(m.loss)
// expect error: 6:24 call to method 'halve' in closure requires explicit use of 'self' to make capture semantics explicit
