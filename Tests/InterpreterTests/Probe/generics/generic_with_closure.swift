func iterate<T>(_ x: T, times: Int, _ f: (T) -> T) -> T {
    var y = x
    for _ in 0..<times { y = f(y) }
    return y
}
print(iterate(1, times: 10) { $0 * 2 })
print(iterate("a", times: 3) { $0 + "b" })
