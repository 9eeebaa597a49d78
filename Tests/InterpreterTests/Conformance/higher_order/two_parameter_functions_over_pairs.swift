// A function of two parameters maps over pairs, as Swift passes a tuple's parts.
func pairwise<T, U>(_ xs: [T], _ f: (T, T) -> U) -> [U] { zip(xs, xs.dropFirst()).map(f) }
print(pairwise([1, 4, 9]) { $1 - $0 })
func gap(_ a: Double, _ b: Double) -> Double { b - a }
let ts = [0.0, 0.5, 2.0]
print(zip(ts, ts.dropFirst()).map(gap), zip([1, 2], [3, 4]).map(*), zip(["a"], [1]).map { "\($0)\($1)" })
// expect: [3, 5]
// expect: [0.5, 1.5] [3, 8] ["a1"]
