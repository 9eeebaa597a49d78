func g(_ a: Int, _ b: Int) -> Int { a }
print(g(1, b: 2))
// expect error: 2:8 extraneous argument label 'b:' in call
