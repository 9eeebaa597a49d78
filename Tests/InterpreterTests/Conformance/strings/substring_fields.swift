// Substrings and Characters in structs, results and sets; a Character's views.
struct Token { let text: Substring; let kind: Character }
func tokenize(_ line: String) -> [Token] {
    line.split(separator: " ").map { Token(text: $0, kind: $0.first!.isNumber ? "n" : "w") }
}
let tokens = tokenize("let x 42")
print(tokens.map { "\($0.kind):\($0.text)" }, tokens[2].text == "42", Int(tokens[2].text)! * 2)
print(tokens)
let longest = tokens.max { $0.text.count < $1.text.count }!
print(longest.text, type(of: longest.text))
func firstWord(_ s: String) -> Substring { s.prefix { $0 != " " } }
let fw = firstWord("hello world")
print(fw, fw.count, fw.uppercased(), fw.reversed().map { $0 }, String(fw.reversed()))
var letters = Set<Character>()
letters.insert("a"); letters.insert("b"); letters.insert("a")
print(letters.count, letters.sorted(), letters.contains("b"))
let initials = ["Ada Lovelace", "Alan Turing"].map { name in
    String(name.split(separator: " ").compactMap { $0.first })
}
print(initials)
let ch: Character = "é"
print(ch.isLetter, ch.asciiValue as Any, String(ch).unicodeScalars.count, ch.utf8.count)
// expect: ["w:let", "w:x", "n:42"] true 84
// expect: [main.Token(text: "let", kind: "w"), main.Token(text: "x", kind: "w"), main.Token(text: "42", kind: "n")]
// expect: let Substring
// expect: hello 5 HELLO ["o", "l", "l", "e", "h"] olleh
// expect: 2 ["a", "b"] true
// expect: ["AL", "AT"]
// expect: true nil 1 2
