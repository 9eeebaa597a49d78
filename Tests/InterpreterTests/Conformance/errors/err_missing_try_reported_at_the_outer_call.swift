enum E: Error { case bad }
func f(_ x: Double) throws -> Double { x }
func g(_ x: Double) throws -> Double { x }
print(f(g(1)))
// expect error: 4:7 call can throw but is not marked with 'try'
