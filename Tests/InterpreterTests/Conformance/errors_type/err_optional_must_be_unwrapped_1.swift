let losses = [1.0, 0.5]
print(losses.min() * 2)
// expect error: 2:14 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
