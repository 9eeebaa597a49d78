var handlers: [() -> Void] = []
func register(_ h: () -> Void) { handlers.append(h) }
register { print("hi") }
handlers[0]()
// expect error: 2:50 converting non-escaping parameter 'h' to generic parameter 'Element' may allow it to escape
