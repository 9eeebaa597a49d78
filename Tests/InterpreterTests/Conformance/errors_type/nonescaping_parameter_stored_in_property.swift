final class Schedule {
    let rule: (Int) -> Double
    init(rule: (Int) -> Double) { self.rule = rule }
}
print(Schedule(rule: { 1.0 / Double($0 + 1) }).rule(3))
// expect error: 3:45 assigning non-escaping parameter 'rule' to an '@escaping' closure
