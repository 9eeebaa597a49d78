struct Lazy2 { lazy var v: Int = { print("compute"); return 1 }() }
var a = Lazy2()
var b = a
print(a.v, b.v)
var c = a
print(c.v)
