var s = "hello, world"
let first = s.removeFirst()
let last = s.removeLast()
print(first, last, s)
s.removeFirst(5)
s.removeLast(2)
print("[\(s)]")
s.removeFirst(0)
s.removeLast(s.count)
print(s.isEmpty)
var word = "swift"
word.insert("!", at: word.endIndex)
word.insert("¡", at: word.startIndex)
print(word)
let i = word.index(word.startIndex, offsetBy: 2)
word.insert(contentsOf: "--", at: i)
print(word)
if let dash = word.firstIndex(of: "-") {
    word.insert(contentsOf: "ab", at: word.index(after: dash))
}
print(word, word.count)
var flag = "🇫🇷x"
print(flag.removeFirst(), flag)
var letters = "abc"
var removed: [Character] = []
while !letters.isEmpty { removed.append(letters.removeLast()) }
print(removed)
struct Note {
    var text = "abc" {
        didSet { print("didSet", text) }
    }
}
var note = Note()
note.text.insert("x", at: note.text.startIndex)
_ = note.text.removeFirst()
note.text.removeLast(2)
// expect: h d ello, worl
// expect: [ wo]
// expect: true
// expect: ¡swift!
// expect: ¡s--wift!
// expect: ¡s-ab-wift! 11
// expect: 🇫🇷 x
// expect: ["c", "b", "a"]
// expect: didSet xabc
// expect: didSet abc
// expect: didSet a
