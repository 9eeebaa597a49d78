let words = ["a", "b"]
print(words.reversed())
// expect error: 2:7 print 'Array(…)' of it instead
