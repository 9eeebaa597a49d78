struct Config {
    static let defaultLR = 0.01
    static var made = 0
    var lr = Config.defaultLR
    var decay: Double = Self.defaultLR / 10
    static let fast = Config(lr: 0.1, decay: 0)
    static let steps = [10, 20]
    var schedule = Config.steps.map { Double($0) * Config.defaultLR }
}
extension Config { static let slow = 0.001 }
print(Config(), Config.fast.lr, Config.slow)
// expect: Config(lr: 0.01, decay: 0.001, schedule: [0.1, 0.2]) 0.1 0.001
