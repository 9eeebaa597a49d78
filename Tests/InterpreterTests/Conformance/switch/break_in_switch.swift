for i in 0..<3 {
    switch i {
    case 1:
        break
    default:
        print(i)
    }
}
// expect: 0
// expect: 2
