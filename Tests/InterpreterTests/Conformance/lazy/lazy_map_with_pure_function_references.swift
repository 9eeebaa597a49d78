// A lazy sequence's map with a number type's initialiser or a mathematical function.
func total<S: Sequence>(_ xs: S) -> Double where S.Element == Double { xs.reduce(0, +) }
let t: [Float] = [0.5, 0.25]
print(total(t.lazy.map(Double.init)), Array([4.0, 9].lazy.map(sqrt)), Array([-1, 2].lazy.map(abs)))
// expect: 0.75 [2.0, 3.0] [1, 2]
