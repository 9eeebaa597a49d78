let s = sequence(first: 1) { $0 + 1 }
print(Array(s.lazy.map { $0 * 2 }.prefix(3)))
// expect error: 2:15 not supported
