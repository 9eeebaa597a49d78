func square(_ x: Double) throws -> Double { x * x }
let g = square
print(g(2))
// expect error: 3:7 call can throw but is not marked with 'try'
