// A closure's results take their type from the context where they are literals, `nil` or
// implicit members: `map` into an annotated array, `compactMap` with an early `return nil`.
enum KKT { case active(gap: Double), inactive(slack: Double) }
let ks: [KKT] = [1.0, 0.0].map { $0 != 0 ? .active(gap: $0) : .inactive(slack: 1) }
print(ks)
struct P { var x: Double }
let ps: [P] = [1.0, 2.0].map { .init(x: $0) }
print(ps.map(\.x))
enum Step { case move(Double), stop }
func plan(_ xs: [Double]) -> [Step] { xs.map { $0 > 0 ? .move($0) : .stop } }
print(plan([1, -1]))
let xs = [1, 2, 3, 4]
let ys: [Int] = xs.compactMap { x in
    guard x % 2 == 0 else { return nil }
    return x * 10
}
print(ys)
let f: [Double?] = [0.5, 2.0, 3.0].map { x in
    if x > 1 { return x }
    return nil
}
print(f)
let w: [Double] = [1, 2].map { _ in 1 }
print(w)
// expect: [main.KKT.active(gap: 1.0), main.KKT.inactive(slack: 1.0)]
// expect: [1.0, 2.0]
// expect: [main.Step.move(1.0), main.Step.stop]
// expect: [20, 40]
// expect: [nil, Optional(2.0), Optional(3.0)]
// expect: [1.0, 1.0]
