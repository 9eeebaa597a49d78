let steps: [String: Int] = ["adam": 12]
let n: Int = steps["adam"]
// expect error: 2:19 value of optional type 'Int?' must be unwrapped to a value of type 'Int'
