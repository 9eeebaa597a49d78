let words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(words.sorted { $0.count < $1.count })
print(words.sorted { $0.count <= $1.count })
print(words.min { $0.count < $1.count }!, words.max { $0.count < $1.count }!)
print(words.min { $0.count <= $1.count }!, words.max { $0.count <= $1.count }!)
