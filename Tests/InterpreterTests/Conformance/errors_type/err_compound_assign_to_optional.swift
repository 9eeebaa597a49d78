var x: Int? = 1
x += 1
// expect error: 2:1 value of optional type 'Int?' must be unwrapped to a value of type 'Int'
