let s = "abc"
print(Array(s.utf8.prefix(2)))
print(s.utf8.prefix(2))
// expect error: 3:7 print 'Array(…)' of it instead
