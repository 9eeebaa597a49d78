enum Unit { case meters, feet }
extension Unit {
    var factor: Double {
        switch self {
        case .meters: return 1
        case .feet: return 0.3048
        }
    }
    func convert(_ v: Double, to other: Unit) -> Double { v * factor / other.factor }
}
print(Unit.feet.convert(10, to: .meters))
