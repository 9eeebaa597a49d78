print(4.squareRoot(), 4.foo())
// expect error: 1:25 value of type 'Int' has no member 'foo'
