let sentence = "Newton's method converges quadratically"
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let count = sentence.lowercased().filter { vowels.contains($0) }.count
print(count)
