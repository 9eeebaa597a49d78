let xs = [1, 2, 3, 4]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print([0.5, 0.25].reduce(0, +))
// expect: 10
// expect: 24
// expect: 0.75
