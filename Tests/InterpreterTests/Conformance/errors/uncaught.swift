// interpreter-only
enum E: Error { case boom(Int) }
func f() throws { throw E.boom(7) }
try f()
// expect error: 3:19 uncaught error: main.E.boom(7)
