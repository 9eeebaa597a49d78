extension Double {
    var squared: Double { self * self }
    var cubed: Double { squared * self }
}
print(2.0.cubed)
// interpreter-only
// expect: 8.0
