var kept: [() -> Void] = []
func keep(_ g: @escaping () -> Void) { kept.append(g) }
func forward(_ h: () -> Void) { keep(h) }
forward { print("hi") }
// expect error: 3:38 passing non-escaping parameter 'h' to function expecting an '@escaping' closure
