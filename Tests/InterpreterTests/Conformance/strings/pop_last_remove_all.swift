var s = "abcdef"
s.removeFirst(); s.removeLast(2)
print(s)
print(s.popLast() as Any, s, s.isEmpty)
var t = "hello world"
t.removeAll { $0 == "o" }
print(t, t.count)
var u = "héllo 🙂 e\u{301}!"
print(u.popLast() as Any, u.popLast() as Any, u.popLast() as Any, u)
u.removeAll(where: { $0.isWhitespace || $0 == "é" })
print(u, u.count)
var empty = ""
print(empty.popLast() as Any, empty.isEmpty)
empty.removeAll { _ in true }
print("[\(empty)]")
var letters = "a1b2c3"
var seen: [Character] = []
letters.removeAll { seen.append($0); return $0.isNumber }
print(letters, seen)
letters.removeAll()
print(letters.isEmpty, letters.popLast() == nil)
struct Note {
    var text = "xyz" {
        didSet { print("didSet", text) }
    }
}
var note = Note()
_ = note.text.popLast()
note.text.removeAll { $0 == "x" }
// expect: bcd
// expect: Optional("d") bc false
// expect: hell wrld 9
// expect: Optional("!") Optional("é") Optional(" ") héllo 🙂
// expect: hllo🙂 5
// expect: nil true
// expect: []
// expect: abc ["a", "1", "b", "2", "c", "3"]
// expect: true true
// expect: didSet xy
// expect: didSet y
