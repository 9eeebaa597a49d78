var dict: [String: [Int]] = ["a": [1]]
dict["a"]!.append(2)
dict["b", default: []].append(3)
var copy = dict
copy["a"]!.removeAll()
print(dict["a"]!, copy["a"]!, dict.keys.sorted(), dict.values.map { $0.count }.sorted())
if var arr = dict["a"] { arr.append(100); print(arr, dict["a"]!) }
