struct Grid {
    var values: [Double]
    static func make(_ n: Int) -> Grid { Grid(values: Array(repeating: 0, count: n)) }
    static func make(_ xs: [Double]) -> Grid { Grid(values: xs) }
    static func make(from a: Double, to b: Double, count: Int) -> Grid {
        Grid(values: (0..<count).map { a + (b - a) * Double($0) / Double(count - 1) })
    }
}
print(Grid.make(2).values, Grid.make([1, 2]).values, Grid.make(from: 0, to: 1, count: 3).values)
enum Schedule {
    case constant(Double), step(Double, every: Int)
    static func standard() -> Schedule { .constant(0.1) }
    static func standard(every n: Int) -> Schedule { .step(0.1, every: n) }
}
print(Schedule.standard(), Schedule.standard(every: 10))
// expect: [0.0, 0.0] [1.0, 2.0] [0.0, 0.5, 1.0]
// expect: constant(0.1) step(0.1, every: 10)
