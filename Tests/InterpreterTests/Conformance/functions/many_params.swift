func f(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Int { a * 1000 + b * 100 + c * 10 + d }
print(f(1, 2, 3, 4))
// expect: 1234
