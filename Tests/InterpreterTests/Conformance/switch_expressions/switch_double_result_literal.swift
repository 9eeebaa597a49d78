let mode = "fast"
let rate: Double = switch mode {
case "fast": 1
case "slow": 0.01
default: 0.1
}
print(rate)
// expect: 1.0
