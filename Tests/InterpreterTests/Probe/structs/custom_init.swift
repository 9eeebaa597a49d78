struct Temperature {
    var celsius: Double
    init(celsius: Double) { self.celsius = celsius }
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) * 5 / 9 }
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
}
print(Temperature(fahrenheit: 212).celsius)
print(Temperature(celsius: 37).fahrenheit)
