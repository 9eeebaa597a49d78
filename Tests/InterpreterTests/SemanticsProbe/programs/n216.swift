struct Counter { var n = 0 }
var c = Counter()
let show = { print("closure sees", c.n) }
c.n = 5
show()
var c2 = c
c2.n = 9
show()
let cap = { [c] in print("captured", c.n) }
c.n = 77
cap(); show()
