func iterates(_ f: (Double) -> Double, from x0: Double) -> [Double] {
    Array(sequence(state: x0) { (s: inout Double) -> Double? in s = f(s); return s }.prefix(2))
}
print(iterates({ $0 / 2 }, from: 1))
// expect error: 2:31 escaping closure captures non-escaping parameter 'f'
