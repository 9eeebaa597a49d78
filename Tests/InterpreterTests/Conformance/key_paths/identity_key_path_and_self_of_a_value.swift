let xs = [3, 1, 2]
print(xs.map(\.self), xs.sorted(by: <).map(\.self))
let f: (Int) -> Int = \.self
print(f(4))
extension Array {
    func values<T>(_ k: KeyPath<Element, T>) -> [T] { map { $0[keyPath: k] } }
}
print([3, 1, 2].values(\.self))
// expect: [3, 1, 2] [1, 2, 3]
// expect: 4
// expect: [3, 1, 2]
