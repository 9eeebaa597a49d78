func half(_ x: Double) -> Double { x / 2 }
print(Array(sequence(first: 1.0, next: half).prefix(3)))
let step: (Double) -> Double = { $0 / 2 }
print(Array(sequence(first: 1.0, next: step).prefix(3)))
// expect: [1.0, 0.5, 0.25]
// expect: [1.0, 0.5, 0.25]
