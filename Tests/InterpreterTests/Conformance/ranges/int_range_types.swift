struct Sweep { var steps: ClosedRange<Int>; var window: Range<Int> }
let s = Sweep(steps: 1...3, window: 0..<2)
print(s.steps, s.window, s.steps.count)
func total(_ r: ClosedRange<Int>) -> Int { r.reduce(0, +) }
print(total(1...4))
// expect: 1...3 0..<2 3
// expect: 10
