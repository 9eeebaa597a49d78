struct Tracker {
    var history: [Double] = []
    var changes = 0
    var value: Double = 0 {
        willSet { changes += 1 }
        didSet {
            history.append(oldValue)
            if value < 0 { value = 0 }
        }
    }
    init(start: Double) { value = start }
    mutating func reset() { value = -1 }
}
var t = Tracker(start: 5)
t.value = 1
t.value += 3
t.reset()
print(t.history, t.value, t.changes)
// expect: [5.0, 1.0, 4.0] 0.0 3
