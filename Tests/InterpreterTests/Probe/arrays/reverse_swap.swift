var xs = [1, 2, 3, 4]
xs.reverse()
print(xs)
xs.swapAt(0, 3)
print(xs)
print(Array(xs.reversed()))
