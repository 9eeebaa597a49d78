let a = [1.0, 2.0, 3.0], b = [4.0, 5.0, 6.0]
print(zip(a, b).map(*))
print(zip(a, b).map(+).reduce(0, +))
// expect: [4.0, 10.0, 18.0]
// expect: 21.0
