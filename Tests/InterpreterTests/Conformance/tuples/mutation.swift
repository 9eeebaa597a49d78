var t = (count: 0, sum: 0.0)
t.count += 1
t.sum += 2.5
t.0 += 1
print(t)
// expect: (count: 2, sum: 2.5)
