import Foundation
let text = "one two three two one"
var freq: [String: Int] = [:]
for w in text.split(separator: " ") { freq[String(w), default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
print(top.map { "\($0.key):\($0.value)" })
print(top.first!, top[0].key)
