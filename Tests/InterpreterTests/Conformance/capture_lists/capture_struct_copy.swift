struct Config { var rate: Double }
var config = Config(rate: 0.1)
let report = { [config] in "rate \(config.rate)" }
config.rate = 0.5
print(report(), config.rate)
// expect: rate 0.1 0.5
