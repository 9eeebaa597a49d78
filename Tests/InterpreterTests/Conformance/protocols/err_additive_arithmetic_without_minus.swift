struct V: AdditiveArithmetic {
    var x: Double
    static var zero: V { V(x: 0) }
    static func + (a: V, b: V) -> V { V(x: a.x + b.x) }
}
// expect error: 1:8 type 'V' does not conform to protocol 'AdditiveArithmetic'
