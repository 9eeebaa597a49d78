// A string's elements are Characters: first, last, map, filter, sorted, enumerated, subscripts.
let s = "Hello, World"
print(s.first!, s.last!, type(of: s.first), Array(s).count, s.filter { $0.isLetter }, type(of: s.filter { $0.isLetter }))
print(s.map { $0.isUppercase }.filter { $0 }.count, s.sorted().prefix(3), String(s.sorted()), s.compactMap { $0.wholeNumberValue })
print(s.allSatisfy { $0.isLetter }, s.contains { $0 == "," }, s.contains("W"), s.contains("World"))
print(s.enumerated().map { "\($0.offset)\($0.element)" }.prefix(2), s.reversed().map { String($0) }.joined())
let i = s.firstIndex(of: ",")!
print(s[i], s[..<i], s[s.index(after: i)...], type(of: s[i]), type(of: s[..<i]))
print(s.map { $0.uppercased() }.joined(), "a1b2".compactMap { $0.wholeNumberValue }.reduce(0, +))
// expect: H d Optional<Character> 12 HelloWorld String
// expect: 2 [" ", ",", "H"]  ,HWdellloor []
// expect: false true true true
// expect: ["0H", "1e"] dlroW ,olleH
// expect: , Hello  World Character Substring
// expect: HELLO, WORLD 3
