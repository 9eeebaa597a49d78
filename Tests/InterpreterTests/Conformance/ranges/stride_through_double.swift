for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    print(x, terminator: " ")
}
print()
// expect: 0.0 0.25 0.5 0.75 1.0 
