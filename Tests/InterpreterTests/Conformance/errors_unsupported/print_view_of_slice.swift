let a = [1, 2, 3]
print(a.dropFirst().enumerated())
// expect error: 2:7 print 'Array(…)' of it instead
