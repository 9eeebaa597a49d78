let s = "héllo"
print(String(s.reversed()))
for c in "abc".reversed() { print(c) }
print("abc".reversed().map { String($0) }.joined(), "abc".reversed().count)
// expect: olléh
// expect: c
// expect: b
// expect: a
// expect: cba 3
