infix operator •: MultiplicationPrecedence
func • (a: [Double], b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}
print([1, 2, 3] • [4, 5, 6])
