struct Temperature { var kelvin: Double }
extension Temperature: CustomStringConvertible {
    var description: String { "\(kelvin - 273.15)°C" }
}
print(Temperature(kelvin: 300))
