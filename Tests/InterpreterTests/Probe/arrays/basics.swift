var xs = [3, 1, 4, 1, 5]
xs.append(9)
xs.insert(2, at: 0)
print(xs)
print(xs.count, xs.first!, xs.last!)
xs.remove(at: 1)
print(xs)
print(xs.contains(4), xs.contains(8))
