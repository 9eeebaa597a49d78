let pipeline: [(Double) -> Double] = [{ $0 + 1 }, { $0 * 2 }, { $0 - 3 }]
let out = pipeline.reduce(5.0) { value, f in f(value) }
print(out)
