// Appending Characters, Strings and Substrings; removing Characters.
var t = "ab"
let c: Character = "c"
t.append(c)
t.append("de")
t.append(contentsOf: "xyz".prefix(2))
t += "!"
print(t)
let first = t.removeFirst()
let last = t.removeLast()
print(first, last, type(of: first), t)
var u = "gradient"
let removed = u.remove(at: u.startIndex)
print(removed, type(of: removed), u)
u.replaceSubrange(u.startIndex..<u.index(after: u.startIndex), with: "XY")
u.insert("-", at: u.endIndex)
print(u)
// expect: abcdexy!
// expect: a ! Character bcdexy
// expect: g Character radient
// expect: XYadient-
