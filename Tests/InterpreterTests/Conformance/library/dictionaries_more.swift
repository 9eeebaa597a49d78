let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
print(byLetter["a"]!, byLetter["b"]!, byLetter["c"]!, byLetter.count)
let lengths = Dictionary(uniqueKeysWithValues: zip(words, words.map { $0.count }))
print(lengths["banana"]!, lengths.count)
let doubled = lengths.mapValues { $0 * 2 }
print(doubled["apple"]!)
var d = ["lr": 0.1]
print(d.updateValue(0.2, forKey: "lr")!, d.updateValue(0.9, forKey: "momentum") == nil, d["lr"]!, d.count)
// expect: ["apple", "avocado"] ["banana", "blueberry"] ["cherry"] 3
// expect: 6 5
// expect: 10
// expect: 0.1 true 0.2 2
