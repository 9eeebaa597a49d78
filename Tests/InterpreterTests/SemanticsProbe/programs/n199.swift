let x = [3, 1, 2]
print(x.sorted().reversed(), x.lazy.filter { $0 > 1 })
