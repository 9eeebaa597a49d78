let word = "swift"
let c: Character = "a"
print(type(of: word.first!), type(of: c), type(of: word.dropFirst()), type(of: word.split(separator: "i")))
print(type(of: Array(word)), type(of: word.sorted()), type(of: word.map { $0 }), type(of: [Character: Int]()))
// expect: Character Character Substring Array<Substring>
// expect: Array<Character> Array<Character> Array<Character> Dictionary<Character, Int>
