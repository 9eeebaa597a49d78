// Characters as dictionary keys and set members, and a string's characters as an array.
var counts: [Character: Int] = [:]
for ch in "banana" { counts[ch, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(vowels.contains("e"), vowels.count, Set("hello").count, "education".filter { vowels.contains($0) })
var chars = Array("swift")
chars[0] = "S"
chars.append("!")
print(chars, String(chars), String(chars.reversed()), type(of: chars))
let letters: [Character] = ["c", "a", "b"]
print(letters.sorted(), String(letters.sorted()), String(["x", "y"]), letters.contains("a"))
// expect: ["a=3", "b=1", "n=2"]
// expect: true 5 4 euaio
// expect: ["S", "w", "i", "f", "t", "!"] Swift! !tfiwS Array<Character>
// expect: ["a", "b", "c"] abc xy true
