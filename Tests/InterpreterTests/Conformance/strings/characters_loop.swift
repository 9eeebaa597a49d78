var n = 0
for c in "hello" where c == "l" {
    n += 1
}
print(n)
// expect: 2
