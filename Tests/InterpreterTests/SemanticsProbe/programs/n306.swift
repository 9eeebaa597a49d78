class Obj { var v = 0 }
var objs = [Obj(), Obj()]
var n = 0
func pick() -> Obj { n += 1; return objs[n % 2] }
pick().v = n * 10
print(objs.map { $0.v }, n)
