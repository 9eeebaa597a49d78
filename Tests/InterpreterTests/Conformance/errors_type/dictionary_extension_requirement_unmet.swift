extension Dictionary where Value == Int { var total: Int { values.reduce(0, +) } }
let d: [String: Double] = ["a": 1]
print(d.total)
// expect error: 3:9 property 'total' requires the types 'Double' and 'Int' be equivalent
