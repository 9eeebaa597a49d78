// String literals take the type of the Character or Substring beside them.
let c: Character = "c"
let a = ["a", c]
let b = [c, "b"]
let t = true ? "x" : c
let m = [c: 1, "d": 2]
print(a, b, t, type(of: t), m.count, type(of: a), type(of: m))
let sub = "hello".prefix(2)
let subs = ["x", sub]
print(subs, type(of: subs), sub == "he" ? "yes" : "no", "he" == sub)
let fromCharacters = String(["s", "w", "i", "f", "t"])
print(fromCharacters, [Character]("abc"))
// expect: ["a", "c"] ["c", "b"] x Character 2 Array<Character> Dictionary<Character, Int>
// expect: ["x", "he"] Array<Substring> yes true
// expect: swift ["a", "b", "c"]
