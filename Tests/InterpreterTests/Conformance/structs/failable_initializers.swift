enum Phase: String {
    case warmup, decay
    init?(step: Int) {
        if step < 0 { return nil }
        self = step < 10 ? .warmup : .decay
    }
}
struct Percent {
    let value: Double
    init?(_ v: Double) {
        guard (0...100).contains(v) else { return nil }
        value = v
    }
    init(whole: Int) { value = Double(whole) }
}
final class Budget {
    let steps: Int
    init?(steps: Int) {
        if steps <= 0 { return nil }
        self.steps = steps
    }
}
print([-1, 3, 50].compactMap(Phase.init(step:)), Percent(120) == nil, Percent(5)!.value, Percent(whole: 7).value)
if let p = Percent(42) { print("ok", p.value) }
let budgets = [Budget(steps: 0), Budget(steps: 3)]
print(budgets.map { $0?.steps ?? -1 }, type(of: Percent(1)))
// expect: [main.Phase.warmup, main.Phase.decay] true 5.0 7.0
// expect: ok 42.0
// expect: [-1, 3] Optional<Percent>
