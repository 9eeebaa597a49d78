var evaluations = 0
func expensive(_ x: Double) -> Double { evaluations += 1; return x * x }
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = "no message") {
    if !condition() { print("FAIL", message()) } else { print("ok") }
}
func firstOr(_ xs: [Double], _ fallback: @autoclosure () -> Double) -> Double { xs.first ?? fallback() }
check(expensive(2) == 4)
check(expensive(3) == 10, "expensive(3) was \(expensive(3))")
print(firstOr([1.5], expensive(9)), firstOr([], expensive(4)), evaluations)
struct Logger {
    var lines: [String] = []
    mutating func debug(_ text: @autoclosure () -> String, when enabled: Bool) { if enabled { lines.append(text()) } }
}
var log = Logger()
log.debug("step \(evaluations)", when: false)
log.debug("step \(evaluations)", when: true)
print(log.lines)
// expect: ok
// expect: FAIL expensive(3) was 9.0
// expect: 1.5 16.0 4
// expect: ["step 4"]
