let a = 1
print(a + b)
// expect error: 2:11 cannot find 'b' in scope
