var s = "abcdef"
s.removeFirst(); s.removeLast(2)
print(s)
_ = s.popLast()
print(s, s.isEmpty)
s.replaceSubrange(s.startIndex..<s.index(after: s.startIndex), with: "ZZ")
print(s)
var t = "hello world"
t.removeAll { $0 == "o" }
print(t, t.count)
