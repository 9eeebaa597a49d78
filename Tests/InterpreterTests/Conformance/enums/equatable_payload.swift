enum Step: Equatable { case move(Double), stop }
print(Step.move(1) == Step.move(1), Step.move(1) == .move(2), Step.stop == .stop)
let s: Step? = .stop
print(s == .stop)
// expect: true false true
// expect: true
