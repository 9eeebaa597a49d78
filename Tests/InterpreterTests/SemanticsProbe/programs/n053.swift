import Foundation
let words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(words.sorted(), words.sorted { $0.lowercased() < $1.lowercased() }, words.sorted { $0.count < $1.count })
print(words.map { $0.count }.sorted(by: >), words.filter { $0.hasPrefix("a") || $0.hasPrefix("A") })
print("b" < "a", "B" < "a", "apple" < "apples", "Z" < "a")
