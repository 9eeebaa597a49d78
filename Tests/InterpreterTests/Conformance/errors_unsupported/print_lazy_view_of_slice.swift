let x = [3, 1, 2]
let t = x.dropFirst().lazy.map { $0 }
print(Array(t))
print(t)
// expect error: 4:7 print 'Array(…)' of it instead
