// Slices of a string are Substrings: they print, compare and convert as Swift's do.
let s = "Hello, World"
let sub = s.dropFirst(7)
print(sub, type(of: sub), sub == "World", "World" == sub, sub == s, sub < s, sub.count, sub.uppercased())
print(s.prefix(5), s.suffix(5), s.dropLast(7), type(of: s.suffix(2)), String(sub) + "!", sub + "?", s + sub)
print(type(of: sub + s), type(of: s + sub), sub.hasPrefix("Wo"), sub.first!, sub.last!, Array(sub))
let words = s.split(separator: " ")
print(words, type(of: words), words.map { String($0) }, words[0].count, words.joined(separator: "+"))
print(Int("42abc".prefix(2))! + 1, Double("2.5x".dropLast())!, [s.prefix(2)], sub.map { $0.isUppercase })
func shout(_ text: Substring) -> String { text.uppercased() + "!" }
print(shout("hey there".dropFirst(4)), shout("literal"))
var x: Substring = "abc"
x = x.dropFirst()
print(x, type(of: x))
debugPrint(s.prefix(2))
// expect: World Substring true true false false 5 WORLD
// expect: Hello World Hello Substring World! World? Hello, WorldWorld
// expect: Substring String true W d ["W", "o", "r", "l", "d"]
// expect: ["Hello,", "World"] Array<Substring> ["Hello,", "World"] 6 Hello,+World
// expect: 43 2.5 ["He"] [true, false, false, false, false]
// expect: THERE! LITERAL!
// expect: bc Substring
// expect: "He"
