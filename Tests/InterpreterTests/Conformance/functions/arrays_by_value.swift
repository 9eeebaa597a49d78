func zeroFirst(_ xs: [Int]) -> [Int] {
    var ys = xs
    ys[0] = 0
    return ys
}
let a = [5, 6]
let b = zeroFirst(a)
print(a, b)
// expect: [5, 6] [0, 6]
