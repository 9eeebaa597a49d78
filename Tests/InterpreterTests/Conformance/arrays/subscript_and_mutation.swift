var xs = [10, 20, 30]
xs[1] = 25
xs[0] += 1
print(xs, xs[2])
// expect: [11, 25, 30] 30
