func defaultStep() -> Double { 0.1 }
struct Solver {
    static func defaultStep() -> Double { 0.5 }
    static func make() -> Double { defaultStep() * 2 }
}
print(Solver.make())
// expect: 1.0
