for i in 0..<3 {
    defer { break }
    print(i)
}
// expect error: 2:13 'break' cannot transfer control out of a defer statement
