// A property's default value may construct a type declared further down the block.
struct Trace { var stats = Stats(); var seeded = Stats(calls: 2, best: 0.25) }
struct Stats { var calls = 1; var best = 0.5 }
print(Trace(), Trace().stats.calls)
final class Optimizer { var state = State(); static let shared = Optimizer() }
final class State { var steps = 1 }
print(Optimizer().state.steps, Optimizer.shared.state.steps)
final class Opt { let rule: any Rule = Fixed() }
protocol Rule { var lr: Double { get } }
struct Fixed: Rule { var lr = 0.5 }
print(Opt().rule.lr)
struct A { var b = B(); var v = 1 }
struct B { var list: [A] = []; var w = 2; func make() -> [A] { [A()] } }
print(A().b.w, A().v, B().make().count)
// expect: Trace(stats: main.Stats(calls: 1, best: 0.5), seeded: main.Stats(calls: 2, best: 0.25)) 1
// expect: 1 1
// expect: 0.5
// expect: 2 1 1
