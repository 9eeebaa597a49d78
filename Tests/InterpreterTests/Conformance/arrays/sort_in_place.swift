var xs = [3, 1, 2]
xs.sort()
print(xs)
xs.sort(by: >)
print(xs)
xs.reverse()
print(xs)
// expect: [1, 2, 3]
// expect: [3, 2, 1]
// expect: [1, 2, 3]
