func swapPair<T>(_ p: (T, T)) -> (T, T) { (p.1, p.0) }
print(swapPair((1, 2)))
print(swapPair(("a", "b")))
func repeatValue<T>(_ v: T, count: Int) -> [T] { Array(repeating: v, count: count) }
print(repeatValue(2.5, count: 3))
