print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5)
// expect: 7 9 3 2
print(2 * 3 % 4, 1 + 8 % 3)
// expect: 2 3
print(1 < 2 && 3 > 2 || false)
// expect: true
