var handlers: [() -> String] = []
func register(_ name: String, _ h: @escaping () -> String) {
    handlers.append { name + ": " + h() }
}
register("a") { "first" }
register("b") { "second" }
for h in handlers { print(h()) }
