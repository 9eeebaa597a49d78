func square(_ x: Double) throws -> Double { x * x }
print([1.0, 2].map(square))
// expect error: 2:7 call can throw but is not marked with 'try'
