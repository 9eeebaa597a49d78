var count = 0
rows: for i in 0..<4 {
    for j in 0..<4 {
        if j > i { continue rows }
        count += 1
    }
}
print(count)
// expect: 10
