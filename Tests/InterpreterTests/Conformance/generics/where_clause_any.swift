protocol Stepper { associatedtype State; var state: State { get } }
struct A: Stepper { var state = 1 }
func describe<S: Stepper>(_ s: S) -> String where S.State: Any { "\(s.state)" }
print(describe(A()))
// expect: 1
