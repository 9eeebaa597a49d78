protocol System {
    associatedtype State
    func step(_ x: State) -> State
}
protocol Cost {
    associatedtype Plant: System
    var plant: Plant { get }
    func stage(_ x: Plant.State) -> Double
}
extension Cost {
    func total(from x0: Plant.State, steps: Int) -> Double {
        var (x, sum) = (x0, 0.0)
        for _ in 0..<steps { sum += stage(x); x = plant.step(x) }
        return sum
    }
}
struct Decay: System { func step(_ x: Double) -> Double { 0.5 * x } }
struct Rotate: System { func step(_ p: [Double]) -> [Double] { [-p[1], p[0]] } }
struct Square: Cost {
    let plant = Decay()
    func stage(_ x: Double) -> Double { x * x }
}
struct Norm: Cost {
    let plant = Rotate()
    func stage(_ p: [Double]) -> Double { p.map { $0 * $0 }.reduce(0, +) }
}
func run<C: Cost>(_ c: C, from x: C.Plant.State) -> Double { c.stage(c.plant.step(x)) }
let c = Square()
print(c.stage(c.plant.step(3)), c.total(from: 2, steps: 3), run(c, from: 4))
print(Norm().total(from: [1, 2], steps: 2), run(Norm(), from: [3, 4]))
// expect: 2.25 5.25 4.0
// expect: 10.0 25.0
