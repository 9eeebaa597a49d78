// An integer literal as the receiver of a member only Double has is a Double.
print(0.5 / 4.squareRoot())
print(2.squareRoot(), 9.squareRoot() + 1, (2).squareRoot())
let x = 16.squareRoot()
print(x, (-3).magnitude, 7.rounded(), 10.truncatingRemainder(dividingBy: 3), 2.isNaN)
// expect: 0.25
// expect: 1.4142135623730951 4.0 1.4142135623730951
// expect: 4.0 3 7.0 1.0 false
