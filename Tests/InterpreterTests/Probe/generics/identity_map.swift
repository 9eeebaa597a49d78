func transform<T, U>(_ xs: [T], _ f: (T) -> U) -> [U] {
    var out: [U] = []
    out.reserveCapacity(xs.count)
    for x in xs { out.append(f(x)) }
    return out
}
print(transform([1, 2, 3]) { String($0) + "!" })
print(transform(["a", "bb"]) { $0.count })
