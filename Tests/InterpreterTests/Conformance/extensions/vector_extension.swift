extension Vector {
    var sumOfSquares: Double { (try? dot(self)) ?? 0 }
}
let v = Vector([3, 4])
print(v.sumOfSquares)
// interpreter-only
// expect: 25.0
