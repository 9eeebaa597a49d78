let keys = ["one", "two", "three"]
let dict = Dictionary(uniqueKeysWithValues: zip(keys, 1...3))
print(dict["two"]!)
let merged = Dictionary([("a", 1), ("b", 2), ("a", 3)], uniquingKeysWith: +)
print(merged["a"]!, merged["b"]!)
