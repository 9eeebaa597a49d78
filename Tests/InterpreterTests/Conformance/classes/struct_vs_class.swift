struct SPoint { var x = 0 }
class CPoint { var x = 0 }
var s1 = SPoint()
var s2 = s1
s2.x = 5
let c1 = CPoint()
let c2 = c1
c2.x = 5
print(s1.x, s2.x, c1.x, c2.x)
// expect: 0 5 5 5
