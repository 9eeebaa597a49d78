let p = 0.3
print((0...1).contains(p), (0...1).contains(1.5), (0...10).contains(7))
// expect: true false true
