struct Thermostat {
    var target: Double = 20 {
        didSet { print("changed from \(oldValue) to \(target)") }
    }
}
var t = Thermostat()
t.target = 22.5
t.target += 1
