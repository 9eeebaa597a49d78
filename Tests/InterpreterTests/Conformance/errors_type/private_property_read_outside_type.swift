struct Gen { private var state: UInt64 = 1; mutating func next() -> UInt64 { state += 1; return state } }
var g = Gen()
print(g.next(), g.state)
// expect error: 3:19 'state' is inaccessible due to 'private' protection level
