func twice<T: Numeric>(_ x: T) -> T { x + x }
print([1, 2, 3].map(twice))
print([0.5].map(twice))
// expect: [2, 4, 6]
// expect: [1.0]
