func compose(_ f: @escaping (Double) -> Double, _ g: @escaping (Double) -> Double) -> (Double) -> Double {
    return { x in f(g(x)) }
}
let h = compose({ $0 + 1 }, { $0 * $0 })
print(h(3))
// expect: 10.0
