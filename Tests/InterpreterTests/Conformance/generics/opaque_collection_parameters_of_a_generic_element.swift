func mean<T: BinaryFloatingPoint>(_ xs: some Collection<T>) -> T {
    xs.reduce(0, +) / T(xs.count)
}
func largest<E: Comparable>(in xs: some Sequence<E>) -> E? { xs.max() }
print(mean([1.0, 2.0, 4.0]), mean([Float(1), 2]), mean(Set([2.0])))
print(largest(in: [3, 1, 2])!, largest(in: "hello")!, largest(in: 1...5)!)
// expect: 2.3333333333333335 1.5 2.0
// expect: 3 o 5
