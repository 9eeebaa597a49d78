var s = "a"
s += "b"
let t = s + "c"
print(t, t.count, t.isEmpty, "".isEmpty)
// expect: abc 3 false true
