let ys: [Double] = stride(from: 0.0, to: 2.0, by: 0.5).compactMap { x in
    if x == 1.0 { return nil }
    return x
}
print(ys)
let zs: [Int] = zip([1, 2], [3, 4]).compactMap { p in
    if p.0 == 1 { return nil }
    return p.1
}
print(zs)
let es: [Int] = [5, 6].enumerated().compactMap { i, x in
    if i == 0 { return nil }
    return x
}
print(es)
// expect: [0.0, 0.5, 1.5]
// expect: [4]
// expect: [6]
