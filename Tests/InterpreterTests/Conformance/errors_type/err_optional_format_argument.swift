let floors: [String: Double] = ["a": 1.5]
print(String(format: "%.3f", floors["a"]))
// expect error: 2:36 value of optional type 'Double?' must be unwrapped to a value of type 'Double'
