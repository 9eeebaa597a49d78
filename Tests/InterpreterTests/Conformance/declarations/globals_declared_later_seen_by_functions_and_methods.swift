import Foundation
func report() -> String { "\(steps) steps, last \(history.last ?? -1)" }
struct Tracker {
    var value: Double {
        didSet { history.append(value * scale) }
    }
    func scaled() -> Double { value * scale }
}
let scale = 3.0
var history: [Double] = []
var log: [String] = []
var steps = 0
class Logger {
    func note(_ s: String) { log.append(s); steps += 1 }
}
var t = Tracker(value: 0.1)
t.value = 0.5
Logger().note("moved")
print(history, t.scaled(), log, report(), exp(0.0))
// expect: [1.5] 1.5 ["moved"] 1 steps, last 1.5 1.0
