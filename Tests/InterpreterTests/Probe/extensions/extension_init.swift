struct Color { var r, g, b: Double }
extension Color {
    init(gray: Double) { self.init(r: gray, g: gray, b: gray) }
}
let c = Color(gray: 0.5)
print(c.r, c.g, c.b)
print(Color(r: 1, g: 0, b: 0).r)
