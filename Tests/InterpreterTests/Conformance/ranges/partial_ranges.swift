let xs = [10, 20, 30, 40, 50]
print(Array(xs[2...]), Array(xs[..<2]), Array(xs[...1]))
let losses = [3.0, 2.0, 1.5, 1.25]
print(losses[1...].reduce(0, +))
// expect: [30, 40, 50] [10, 20] [10, 20]
// expect: 4.75
