for x in stride(from: 0, to: 10, by: 3) {
    print(x, terminator: " ")
}
print()
// expect: 0 3 6 9 
