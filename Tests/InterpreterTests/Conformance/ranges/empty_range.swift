var n = 0
for _ in 0..<0 { n += 1 }
print(n)
// expect: 0
