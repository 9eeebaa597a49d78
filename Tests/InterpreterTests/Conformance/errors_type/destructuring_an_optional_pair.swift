func f() -> (Double, Double)? { (1, 2) }
let (a, b) = f()
print(a, b)
// expect error: 2:14 value of optional type '(Double, Double)?' must be unwrapped to a value of type '(Double, Double)'
