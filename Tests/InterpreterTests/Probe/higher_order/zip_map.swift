let a = [1.0, 2.0, 3.0]
let b = [0.5, 0.25, 2.0]
print(zip(a, b).map { $0 - $1 })
print(zip(a, b).map(*))
print(zip(a.indices, a).map { i, x in Double(i) * x })
