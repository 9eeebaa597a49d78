enum E: Error { case x }
func f() throws {
    defer { throw E.x }
    print(1)
}
try f()
// expect error: 3:13 errors cannot be thrown out of a defer body
