enum Direction { case north, south, east, west }
let d = Direction.east
switch d {
case .north: print("up")
case .south: print("down")
case .east, .west: print("sideways")
}
print(d)
print(d == .east, d != .west)
// expect: sideways
// expect: east
// expect: true true
