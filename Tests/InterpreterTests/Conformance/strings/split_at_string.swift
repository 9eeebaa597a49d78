// A string splits at a Character or at each occurrence of a String.
let sep = ","
let wide = ", "
let s = "a, b,, c, d"
print(s.split(separator: sep), s.split(separator: wide), s.split(separator: wide, maxSplits: 1))
print(s.split(separator: ", ", omittingEmptySubsequences: false), s.split(separator: sep, omittingEmptySubsequences: false))
print(type(of: s.split(separator: wide)), "x--y----z".split(separator: "--"))
print("abc".split(separator: ""))
// expect: ["a", " b", " c", " d"] ["a", "b,", "c", "d"] ["a", "b,, c, d"]
// expect: ["a", "b,", "c", "d"] ["a", " b", "", " c", " d"]
// expect: Array<Substring> ["x", "y", "z"]
// expect: ["a", "b", "c"]
