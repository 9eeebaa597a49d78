enum Mode { case fast, slow }
extension Mode: CaseIterable {
    var factor: Double { self == .fast ? 2 : 0.5 }
}
print(Mode.allCases.map { $0.factor })
// expect: [2.0, 0.5]
