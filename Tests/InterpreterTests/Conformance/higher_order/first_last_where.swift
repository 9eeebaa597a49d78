let xs = [2, 4, 6, 7]
print(xs.first(where: { $0 > 3 })!, xs.last(where: { $0 % 2 == 0 })!, xs.firstIndex(where: { $0 == 6 })!)
// expect: 4 6 2
