var x = 1
let byValue = { [x] in print("captured", x) }
let byReference = { print("current", x) }
x = 2
byValue()
byReference()
// expect: captured 1
// expect: current 2
