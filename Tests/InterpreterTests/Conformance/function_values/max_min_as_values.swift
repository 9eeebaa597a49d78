let xs = [3, 9, 2]
print(xs.reduce(Int.min, max))
print(xs.reduce(Int.max, min))
print([1.5, 0.5].reduce(0.0, max))
// expect: 9
// expect: 2
// expect: 1.5
