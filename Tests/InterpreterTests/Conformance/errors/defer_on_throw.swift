enum E: Error { case stop }
func f(_ fail: Bool) throws -> String {
    defer { print("cleanup", fail) }
    if fail { throw E.stop }
    return "ok"
}
do {
    print(try f(false))
    print(try f(true))
} catch {
    print("caught", error)
}
// expect: cleanup false
// expect: ok
// expect: cleanup true
// expect: caught stop
