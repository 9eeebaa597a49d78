enum E: Error { case bad }
func risky() throws -> Int { throw E.bad }
let x = risky()
// expect error: 3:9 call can throw but is not marked with 'try'
