let text = "the quick brown fox jumps over the lazy dog the end"
var counts: [String: Int] = [:]
for word in text.split(separator: " ") {
    counts[String(word), default: 0] += 1
}
for key in counts.keys.sorted() {
    print(key, counts[key]!)
}
