func f(_ a: Int, _ b: Int) -> Int { a + b }
print(f(1))
// expect error: 2:10 missing argument for parameter #2 in call
