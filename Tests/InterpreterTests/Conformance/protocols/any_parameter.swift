protocol Stepper {
    mutating func step() -> Int
}
struct Counter: Stepper {
    var n = 0
    mutating func step() -> Int {
        n += 1
        return n
    }
}
struct Doubler: Stepper {
    var n = 1
    mutating func step() -> Int {
        n *= 2
        return n
    }
}
var steppers: [any Stepper] = [Counter(), Doubler()]
for _ in 0..<3 {
    for i in steppers.indices { _ = steppers[i].step() }
}
var s: any Stepper = Counter()
print(s.step(), s.step())
print(steppers[0].step(), steppers[1].step())
// expect: 1 2
// expect: 4 16
