let s: Set = [1, 2]
print(s.enumerated())
// expect error: 2:7 print 'Array(…)' of it instead
