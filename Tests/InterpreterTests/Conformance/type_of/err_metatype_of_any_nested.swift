let values: [Any] = [1, "a"]
let types = values.map { type(of: $0) }
print(types.count)
print(types)
// expect error: 4:7 not supported
