precedencegroup Dot { higherThan: AdditionPrecedence; associativity: left }
infix operator •: Dot
func • (a: Double, b: Double) -> Double { a * b }
print(2 • 3)
// expect error: 1:53 expected operator attribute identifier in precedence group body
