class Model {
    var steps = 0
    func makeStepper() -> () -> Void {
        return { [weak self] in self?.steps += 1 }
    }
    func makeReader() -> () -> Int {
        return { [unowned self] in self.steps }
    }
}
let m = Model()
let step = m.makeStepper()
step()
step()
print(m.steps, m.makeReader()())
// expect: 2 2
