struct Temperature {
    var celsius: Double
    var fahrenheit: Double {
        get { celsius * 9 / 5 + 32 }
        set { celsius = (newValue - 32) * 5 / 9 }
    }
    mutating func warm() { fahrenheit += 18 }
}
var t = Temperature(celsius: 100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
t.warm()
print(t.celsius)
var ts = [Temperature(celsius: 0)]
ts[0].fahrenheit = 212
print(ts[0].celsius)
// expect: 212.0
// expect: 0.0
// expect: 10.0
// expect: 100.0
