class Thermostat {
    var changes = 0
    var target = 20.0 {
        didSet { changes += 1 }
    }
}
let t = Thermostat()
t.target = 21
t.target += 1
print(t.target, t.changes)
// expect: 22.0 2
