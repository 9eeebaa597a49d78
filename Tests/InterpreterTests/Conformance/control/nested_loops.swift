var s = 0
for i in 1...3 {
    var j = 0
    while j < i {
        s += i * j
        j += 1
    }
}
print(s)
// expect: 11
