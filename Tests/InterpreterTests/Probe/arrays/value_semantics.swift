var a = [1, 2, 3]
var b = a
b[0] = 100
print(a, b)
func modify(_ xs: [Int]) -> [Int] {
    var copy = xs
    copy.append(0)
    return copy
}
print(modify(a), a)
