let s = "abc"
print(s.indices.count)
print(s.indices)
// expect error: 3:7 print 'Array(…)' of it instead
