func iterates(_ f: (Double) -> Double, from x0: Double) -> [Double] {
    Array(sequence(first: x0) { x in f(x) }.prefix(3))
}
print(iterates({ $0 / 2 }, from: 1))
// expect error: 2:31 escaping closure captures non-escaping parameter 'f'
