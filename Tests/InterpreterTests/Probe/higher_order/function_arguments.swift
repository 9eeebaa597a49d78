func applyAll(_ fs: [(Int) -> Int], to x: Int) -> [Int] {
    fs.map { $0(x) }
}
let square = { (x: Int) in x * x }
func negate(_ x: Int) -> Int { -x }
print(applyAll([square, negate, { $0 + 1 }], to: 6))
