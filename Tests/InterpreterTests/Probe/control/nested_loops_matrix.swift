for i in 1...3 {
    var row = ""
    for j in 1...3 {
        row += String(i * j) + " "
    }
    print(row)
}
