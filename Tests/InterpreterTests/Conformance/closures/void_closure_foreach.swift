var sum = 0
[1, 2, 3].forEach { sum += $0 }
print(sum)
// expect: 6
