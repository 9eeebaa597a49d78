enum E: Error { case never }
func always(_ x: Int) throws -> Int { x * 2 }
let y = try! always(21)
print(y)
