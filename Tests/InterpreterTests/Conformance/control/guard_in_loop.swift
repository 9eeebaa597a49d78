var total = 0
for x in [1, -2, 3, -4, 5] {
    guard x > 0 else { continue }
    total += x
}
print(total)
// expect: 9
