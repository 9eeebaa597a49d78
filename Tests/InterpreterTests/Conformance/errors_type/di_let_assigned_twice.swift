let x: Int
x = 1
x = 2
// expect error: 3:3 immutable value 'x' may only be initialized once
