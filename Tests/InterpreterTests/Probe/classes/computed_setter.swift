class Circle {
    var radius = 1.0
    var diameter: Double {
        get { radius * 2 }
        set { radius = newValue / 2 }
    }
}
let c = Circle()
c.diameter = 10
print(c.radius, c.diameter)
