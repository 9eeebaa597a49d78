var total: Int
total = 4
print(total)
// expect: 4
