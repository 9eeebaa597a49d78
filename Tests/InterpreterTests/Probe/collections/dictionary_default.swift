let words = ["apple", "avocado", "banana", "blueberry", "cherry"]
var byLetter: [Character: [String]] = [:]
for w in words {
    byLetter[w.first!, default: []].append(w)
}
for k in byLetter.keys.sorted() {
    print(k, byLetter[k]!)
}
