var m: [[Double]] = [[1, 2, 3], [4, 5, 6]]
m[1] = zip(m[1], m[0]).map { $0 - 4 * $1 }
print(m)
m = m.map { row in row.map { $0 * 2 } }
print(m)
print(m.map { $0.reduce(0, +) })
