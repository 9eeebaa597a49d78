var s = 0
for i in 0..<5 { s += i }
for i in 1...3 { s += i * 10 }
print(s)
// expect: 70
