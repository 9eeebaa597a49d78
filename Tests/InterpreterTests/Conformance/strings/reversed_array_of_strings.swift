let words = ["a", "b"]
print(words.reversed())
print("abc".reversed(), "swift".dropFirst().reversed())
// expect: ReversedCollection<Array<String>>(_base: ["a", "b"])
// expect: ReversedCollection<String>(_base: "abc") ReversedCollection<Substring>(_base: "wift")
