var xs = [1, 2, 3, 4, 5, 6, 7, 8]
xs.removeAll { $0 % 2 == 0 }
print(xs)
xs.removeLast()
xs.removeFirst()
print(xs)
xs.removeAll()
print(xs.isEmpty)
