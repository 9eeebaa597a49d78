import Foundation
let s = "The quick brown fox"
let words = s.split(separator: " ")
print(words.map { $0.count }, words.map(String.init).map { $0.lowercased() }, words.last!.uppercased())
print(s.components(separatedBy: " ").map { $0.prefix(1) }.joined(), s.filter { "aeiou".contains($0) }.count)
print(s.replacingOccurrences(of: " ", with: "_"), s.range(of: "quick") != nil, s.lowercased().hasSuffix("fox"))
