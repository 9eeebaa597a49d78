let a = [1, 2, 3]
print(a.map { $0 }.reversed(), Array(a.reversed()), a.reversed().first!)
