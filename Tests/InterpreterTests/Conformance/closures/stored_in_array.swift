let fs: [(Double) -> Double] = [{ $0 + 1 }, { $0 * 2 }, sqrt]
var x = 7.0
for f in fs { x = f(x) }
print(x)
// expect: 4.0
