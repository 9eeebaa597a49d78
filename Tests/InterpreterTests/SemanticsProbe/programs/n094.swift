class Holder { var fn: (() -> Void)?; var n = 0 }
let h = Holder()
h.fn = { [unowned h] in h.n += 1 }
h.fn?(); h.fn?()
print(h.n)
var x = 1
let c1 = { [x] in x * 10 }
x = 5
let c2 = { [x] in x * 10 }
print(c1(), c2())
