func g(a: Int, b: Int) -> Int { a }
print(g(1, 2))
// expect error: 2:8 missing argument labels 'a:b:' in call
