var saved: [() -> Void] = []
var optionalHandler: (() -> Void)?
func store(_ h: @escaping () -> Void) { saved.append(h); saved.append { h() } }
func storeOptional(_ h: (() -> Void)?) { optionalHandler = h }
func twice(_ h: () -> Void) { h(); h() }
func relay(_ h: () -> Void) { twice(h); let g = h; g(); twice { h() } }
func sum(_ xs: [Int], _ f: (Int) -> Int) -> Int { xs.map(f).reduce(0, +) + xs.map { f($0) }.count }
store { print("stored") }
storeOptional { print("optional") }
relay { print("relayed") }
saved.forEach { $0() }
optionalHandler?()
print(sum([1, 2, 3]) { $0 * $0 })
final class Schedule {
    let rule: (Int) -> Double
    init(rule: @escaping (Int) -> Double) { self.rule = rule }
}
print(Schedule(rule: { 1.0 / Double($0 + 1) }).rule(3))
// expect: relayed
// expect: relayed
// expect: relayed
// expect: relayed
// expect: relayed
// expect: stored
// expect: stored
// expect: optional
// expect: 17
// expect: 0.25
