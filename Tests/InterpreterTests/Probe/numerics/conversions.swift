let n = 7
let d = Double(n) / 2
print(d)
print(Int(d))
print(Int(-3.9), Int(3.9))
print(Int(d.rounded()))
print(Double(Int.max) > 1e18)
