let d: [String: Double] = ["k": 4]
print(d["k"].squareRoot())
// expect error: 2:12 value of optional type 'Double?' must be unwrapped to refer to member 'squareRoot' of wrapped base type 'Double'
