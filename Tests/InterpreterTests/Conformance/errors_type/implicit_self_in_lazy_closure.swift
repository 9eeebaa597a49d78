class Meter {
    var scale = 2.0
    lazy var convert: (Double) -> Double = { $0 * scale }
}
print(Meter().convert(3))
// expect error: 3:51 reference to property 'scale' in closure requires explicit use of 'self' to make capture semantics explicit
