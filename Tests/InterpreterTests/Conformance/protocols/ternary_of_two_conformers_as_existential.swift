protocol Sched { func rate(_ t: Int) -> Double }
struct C: Sched { func rate(_ t: Int) -> Double { 1 } }
struct E: Sched { func rate(_ t: Int) -> Double { 0.5 } }
func pick(_ fast: Bool) -> any Sched { fast ? E() : C() }
print(pick(false).rate(3))
// expect: 1.0
