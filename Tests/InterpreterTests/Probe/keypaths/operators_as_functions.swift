let xs = [3, 1, 2]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print(xs.sorted(by: >))
print(zip([1, 2], [3, 4]).map(+))
print([1.0, -2.0].map(abs))
