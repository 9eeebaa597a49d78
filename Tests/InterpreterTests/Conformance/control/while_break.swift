var k = 0
while true {
    k += 1
    if k >= 4 { break }
}
print(k)
// expect: 4
