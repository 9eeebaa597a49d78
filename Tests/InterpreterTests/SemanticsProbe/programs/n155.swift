class Ref { var v = 0 }
struct Holder { var r = Ref(); var n = 0 }
var h1 = Holder()
var h2 = h1
h2.r.v = 5; h2.n = 5
print(h1.r.v, h1.n, h2.r.v, h2.n)
h2.r = Ref()
h2.r.v = 9
print(h1.r.v, h2.r.v)
