enum E: Error { case bad }
func g(_ x: Int) throws -> Int { if x < 0 { throw E.bad }; return x }
func mapAll(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] { try xs.map(f) }
print(mapAll([1, 4]) { try g($0) })
// expect error: 4:7 call can throw but is not marked with 'try'
