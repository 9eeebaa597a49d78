let a = [1, 2, 3]
let z = zip(a, [10, 20]).map(+)
print(z, Array(zip(a, a.dropFirst(2))))
print(Dictionary(uniqueKeysWithValues: zip(["x", "y"], [1, 2])).sorted { $0.key < $1.key })
print(Dictionary([("a", 1), ("a", 2), ("b", 3)], uniquingKeysWith: +).sorted { $0.key < $1.key })
