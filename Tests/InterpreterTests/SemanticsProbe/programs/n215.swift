var funcs: [() -> Int] = []
for var i in 0..<3 { i *= 2; funcs.append { i } }
var shared = 0
for _ in 0..<3 { shared += 1; funcs.append { shared } }
shared = 100
print(funcs.map { $0() })
