var out: [Int] = []
for i in stride(from: 5, through: 1, by: -2) { out.append(i) }
print(out)
// expect: [5, 3, 1]
