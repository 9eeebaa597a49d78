prefix operator √
prefix func √ (x: Double) -> Double { x.squareRoot() }
print(√16.0)
print(√2.0 * √2.0)
