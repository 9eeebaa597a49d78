func h(x: Int) -> Int { x }
print(h(3))
// expect error: 2:9 missing argument label 'x:' in call
