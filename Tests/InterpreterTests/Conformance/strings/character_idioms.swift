import Foundation
// Everyday string code: capitalising, counting, matching brackets, rot13.
let word = "gradient"
print(word.first?.isUppercase as Any, word.first.map { String($0) } as Any, word.last?.asciiValue as Any)
print(word.prefix(1).uppercased() + word.dropFirst(), word.first!.uppercased() + word.dropFirst(), String(word.prefix(3)))
for (a, b) in zip("abcd", "abxd") where a != b { print(a, b) }
print(word.hasPrefix(word.prefix(2)), word.contains(word.suffix(3)), Set(word.lowercased()).count)
let table = Dictionary(uniqueKeysWithValues: zip("abc", 1...3))
print(table.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }, type(of: table))
let freq = word.reduce(into: [Character: Int]()) { counts, ch in counts[ch, default: 0] += 1 }
print(freq["a"]!, type(of: freq))
let caps = word.split(separator: "d").map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(caps, caps.joined())
var stack: [Character] = []
for ch in "(a[b])" {
    switch ch {
    case "(", "[": stack.append(ch)
    case ")", "]": _ = stack.popLast()
    default: break
    }
}
print(stack.isEmpty, stack)
let s = "Hello"
let code = s.unicodeScalars.map { $0.value }.reduce(0, +)
print(code, s.utf8.count, Array(s.utf8).prefix(2))
let rot = String(s.map { ch -> Character in
    guard let v = ch.asciiValue, ch.isLowercase else { return ch }
    return Character(UnicodeScalar((v - 97 + 13) % 26 + 97))
})
print(rot)
let trimmed = "  pad  ".trimmingCharacters(in: .whitespaces)
print("[\(trimmed)]", trimmed.count, "a-b-c".split(separator: "-", maxSplits: 1))
// expect: Optional(false) Optional("g") Optional(116)
// expect: Gradient Gradient gra
// expect: c x
// expect: true true 8
// expect: ["a1", "b2", "c3"] Dictionary<Character, Int>
// expect: 1 Dictionary<Character, Int>
// expect: ["Gra", "Ient"] GraIent
// expect: true []
// expect: 500 5 [72, 101]
// expect: Hryyb
// expect: [pad] 3 ["a", "b-c"]
