enum E: Error { case boom }
func risky(_ fail: Bool) throws -> String {
    print("start")
    defer { print("cleanup") }
    if fail { throw E.boom }
    return "success"
}
print((try? risky(false)) ?? "nil")
print((try? risky(true)) ?? "nil")
