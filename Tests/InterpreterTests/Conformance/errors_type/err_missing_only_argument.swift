func f(x: Int) {}
f()
// expect error: 2:3 missing argument for parameter 'x' in call
