protocol Rule { func step(_ x: Double) -> Double }
struct Halve: Rule {
    func step(_ x: Int) -> Double { Double(x) / 4 }
    func step(_ x: Double) -> Double { x / 2 }
}
let rules: [any Rule] = [Halve()]
print(rules[0].step(3), Halve().step(3), Halve().step(3.0))
func run<R: Rule>(_ r: R) -> Double { r.step(8) }
print(run(Halve()))
// expect: 1.5 0.75 1.5
// expect: 4.0
