let xs = [1, 5, 8, 12, 3, 7]
print(xs.filter { $0 > 4 }.count)
print(xs.reduce(0) { $1 > 4 ? $0 + 1 : $0 })
