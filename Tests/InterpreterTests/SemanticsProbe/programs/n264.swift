var d: [String: (x: Int, y: Int)] = [:]
d["a"] = (1, 2)
print(d["a"]!, d["a"] as Any)
