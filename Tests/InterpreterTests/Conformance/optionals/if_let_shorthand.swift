let value: Int? = 8
if let value {
    print(value + 1)
}
// expect: 9
