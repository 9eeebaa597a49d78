for x in [0, 5, 50] {
    switch x {
    case 0:
        print("zero")
    case 1...9:
        print("digit")
    case 10..<100:
        print("two digits")
    default:
        print("large")
    }
}
// expect: zero
// expect: digit
// expect: two digits
