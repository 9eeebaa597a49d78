let xs = [1, 2]
print(xs.map { (x: Double) in x / 4 })
// expect error: 2:14 cannot convert value of type '(Double) -> Double' to expected argument type '(Int) -> Double'
