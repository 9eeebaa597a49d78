import Foundation
let words = ["apple", "Bob", "cat"]
print(words.map { $0.first! }, words.map { $0.prefix(1).uppercased() + $0.dropFirst() })
print(words.contains("bob"), words.contains { $0.caseInsensitiveCompare("bob") == .orderedSame })
