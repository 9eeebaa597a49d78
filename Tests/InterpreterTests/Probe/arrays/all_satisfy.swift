let xs = [2, 4, 6, 8]
print(xs.allSatisfy { $0 % 2 == 0 })
print(xs.contains { $0 > 7 })
print(xs.contains(where: { $0 < 0 }))
print([Int]().allSatisfy { $0 > 0 })
