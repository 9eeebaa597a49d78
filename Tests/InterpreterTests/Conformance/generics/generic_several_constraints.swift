func describe<T: Comparable & CustomStringConvertible>(_ a: T, _ b: T) -> String {
    a < b ? "\(a) < \(b)" : "\(a) >= \(b)"
}
print(describe(2, 3))
print(describe(2.5, 1.5))
// expect: 2 < 3
// expect: 2.5 >= 1.5
