// `+=` takes a String or a Substring on either side.
var s = "ab"
let sub = "xyz".dropFirst()
s += sub
var t = sub
t += "!"
t += s
var words = ["a": "x"]
words["a"]! += sub
print(s, t, type(of: t), words)
// expect: abyz yz!abyz Substring ["a": "xyz"]
