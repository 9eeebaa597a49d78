import Foundation
class C { var v: Int; init(_ v: Int) { self.v = v } }
let c = C(1)
var a = [c, c]
var b = a
b[0].v = 5
print(a[0].v, a[1].v, b[1].v, a[0] === b[1])
b[1] = C(7)
print(a[1].v, b[1].v)
for x in a { x.v += 1 }
print(c.v)
