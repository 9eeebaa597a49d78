struct Sched {
    var base: Double
    func rate(_ k: Int) -> Double { base / Double(k + 1) }
    func all(_ n: Int) -> [Double] { (0..<n).map(rate) }
    func scaled(_ xs: [Double]) -> [Double] { xs.map(scale) }
    func scale(_ x: Double) -> Double { x * base }
}
print(Sched(base: 1).all(3), Sched(base: 2).scaled([1, 2]))
final class Counter {
    var n = 0
    func bump(_ k: Int) -> Int { n += k; return n }
    func run() -> [Int] { [1, 2, 3].map(bump) }
}
print(Counter().run())
func isPrime(_ n: Int) -> Bool { n > 1 && !(2..<n).contains { n % $0 == 0 } }
print((1...20).filter(isPrime))
print((1...10).contains { $0 * $0 == 49 })
// expect: [1.0, 0.5, 0.3333333333333333] [2.0, 4.0]
// expect: [1, 3, 6]
// expect: [2, 3, 5, 7, 11, 13, 17, 19]
// expect: true
