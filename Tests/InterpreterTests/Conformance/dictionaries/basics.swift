var d: [String: Int] = [:]
d["a"] = 1
d["b"] = 2
d["a"] = 10
print(d["a"]!, d["c"] == nil, d.count)
// expect: 10 true 2
