let x: Any = 1
switch x {
case 1: print("one")
default: print("other")
}
// expect error: 3:6 type 'Any' cannot conform to 'Equatable'
