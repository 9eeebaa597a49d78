func outer(_ x: Int) -> Int {
    func square(_ y: Int) -> Int { y * y }
    func plusX(_ y: Int) -> Int { y + x }
    return plusX(square(x))
}
print(outer(3))
// expect: 12
