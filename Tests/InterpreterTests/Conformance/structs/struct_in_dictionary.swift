struct S { var n: Int }
var d = ["a": S(n: 1)]
d["a"]!.n += 4
print(d["a"]!.n)
// expect: 5
