func area(width: Double, height: Double) -> Double {
    width * height
}
func greet(_ name: String, from place: String) -> String {
    "Hello \(name) from \(place)"
}
print(area(width: 3, height: 4.5))
print(greet("Ada", from: "London"))
