func half(_ x: Int?) -> Int {
    guard let v = x else { return -1 }
    return v / 2
}
print(half(10), half(nil))
// expect: 5 -1
