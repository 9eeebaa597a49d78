struct Config {
    var tolerance: Double?
    func effectiveTolerance() -> Double { tolerance ?? 1e-8 }
}
let c: Config? = Config(tolerance: nil)
print(c?.effectiveTolerance() ?? 0)
print(Config(tolerance: 1e-3).effectiveTolerance())
