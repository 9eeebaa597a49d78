// A string's reversed() is a view, or Sequence's array of Characters where an array is expected.
let s = "abc"
let r: [Character] = s.reversed()
print(r, s.reversed(), String(s.reversed()), Array(s.reversed()))
// expect: ["c", "b", "a"] ReversedCollection<String>(_base: "abc") cba ["c", "b", "a"]
