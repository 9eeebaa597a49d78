enum Measurement {
    case value(Double)
    case missing
}
func label(_ m: Measurement) -> String {
    switch m {
    case .value(let x) where x < 0: return "negative"
    case .value(let x) where x == 0: return "zero"
    case .value: return "positive"
    case .missing: return "missing"
    }
}
print([Measurement.value(-1), .value(0), .value(3), .missing].map(label))
