var pair: (Int, Int)? = nil
outer: for i in 1...10 {
    for j in 1...10 {
        if i * j == 42 {
            pair = (i, j)
            break outer
        }
    }
}
print(pair!)
