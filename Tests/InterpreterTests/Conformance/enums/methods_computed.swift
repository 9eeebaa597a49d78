enum Planet: Int {
    case mercury = 1, venus, earth
    var isHome: Bool { self == .earth }
    func distance(to other: Planet) -> Int { abs(rawValue - other.rawValue) }
    static func nearest() -> Planet { .mercury }
    static let count = 3
}
print(Planet.earth.isHome, Planet.venus.isHome)
print(Planet.mercury.distance(to: .earth))
print(Planet.nearest(), Planet.count)
// expect: true false
// expect: 2
// expect: mercury 3
