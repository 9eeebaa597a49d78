var best = (start: 0, length: 0)
for n in 1..<1000 {
    var m = n, len = 1
    while m != 1 {
        m = m % 2 == 0 ? m / 2 : 3 * m + 1
        len += 1
    }
    if len > best.length { best = (n, len) }
}
print(best.start, best.length)
