func make(_ x: Int) throws -> Int { x * 2 }
let k = 0
let v = k == 0 ? try make(1) : try make(2)
print(v)

func f() throws -> Int { 1 }
let c = true
let a = c ? try f() : try f()
let b = try? f() ?? 0
print(a, b as Any)
// expect: 2
// expect: 1 Optional(1)
