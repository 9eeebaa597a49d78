let xs = [-3, 1, -2]
print(xs.map(abs))
print([-1.5, 2.0].map(abs))
// expect: [3, 1, 2]
// expect: [1.5, 2.0]
