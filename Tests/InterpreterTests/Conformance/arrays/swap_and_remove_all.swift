var xs = [1, 2, 3]
xs.swapAt(0, 2)
print(xs)
xs.removeAll()
print(xs, xs.isEmpty)
// expect: [3, 2, 1]
// expect: [] true
