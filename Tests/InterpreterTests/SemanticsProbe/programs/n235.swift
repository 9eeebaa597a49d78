let chars: [Character] = ["b", "a", "C", "1", " "]
print(chars.sorted(), chars.map { $0.isLetter }, chars.map { $0.isWhitespace }, chars.compactMap { $0.asciiValue })
print(Character("a") < Character("b"), "a" < "B", chars.map { String($0).uppercased() })
