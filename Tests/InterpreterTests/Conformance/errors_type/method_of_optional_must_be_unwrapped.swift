let m = [1.0, 4.0].max()
print(m.squareRoot())
// expect error: 2:7 value of optional type 'Double?' must be unwrapped to refer to member 'squareRoot' of wrapped base type 'Double'
