let ns = [1, 2, 3]
print(ns.map(Double.init))
print(ns.map(String.init))
print(["1", "x", "3"].compactMap(Int.init))
// expect: [1.0, 2.0, 3.0]
// expect: ["1", "2", "3"]
// expect: [1, 3]
