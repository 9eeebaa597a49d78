func mapPairs<T, U>(_ xs: [T], _ f: (T, T) -> U) -> [U] {
    var out: [U] = []
    var i = 0
    while i + 1 < xs.count {
        out.append(f(xs[i], xs[i + 1]))
        i += 2
    }
    return out
}
print(mapPairs([1, 2, 3, 4], +))
print(mapPairs([1.0, 4.0], { $1 - $0 }))
// expect: [3, 7]
// expect: [3.0]
