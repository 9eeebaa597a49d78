func logIf(_ cond: Bool, _ msg: @autoclosure () -> String) { if cond { print(msg()) } }
var evals = 0
func expensive() -> String { evals += 1; return "computed" }
logIf(false, expensive()); logIf(true, expensive())
print(evals)
let x: Int? = 5
print(x ?? { evals += 100; return 0 }(), evals)
