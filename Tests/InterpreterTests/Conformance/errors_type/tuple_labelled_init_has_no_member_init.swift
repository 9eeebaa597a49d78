let t = (init: 1, J: 2.0)
print(t.init)
// expect error: 2:9 value of tuple type '(init: Int, J: Double)' has no member 'init'
