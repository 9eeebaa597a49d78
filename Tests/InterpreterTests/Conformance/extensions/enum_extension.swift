// interpreter-only: extensions are valid at file scope only, and the differential test wraps each program in a function (checked with swiftc as a file of its own)
enum Mode { case fast, slow }
extension Mode: CaseIterable {
    var factor: Double { self == .fast ? 2 : 0.5 }
}
print(Mode.allCases.map { $0.factor })
// expect: [2.0, 0.5]
