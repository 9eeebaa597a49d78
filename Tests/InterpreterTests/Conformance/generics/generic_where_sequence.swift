func total<S: Sequence>(_ s: S) -> Double where S.Element == Double {
    var sum = 0.0
    for x in s { sum += x }
    return sum
}
print(total([1.0, 2.5, 3.5]))
// expect: 7.0
