extension Vector {
    var sumOfSquares: Double { dot(self) }
}
let v = Vector([3, 4])
print(v.sumOfSquares)
// interpreter-only
// expect: 25.0
