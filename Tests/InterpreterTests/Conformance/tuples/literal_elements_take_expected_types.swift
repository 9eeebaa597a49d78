var best: Float? = nil
best = 0.5
var small: Int8? = 5
small = 7
print(best as Any, small as Any)
let c = true
let x = 4
let t: (Int?, Int) = c ? (x, 1) : (nil, 0)
print(t)
var state: (UInt64, UInt64) = (1, 2)
state.0 &+= 0x9E3779B97F4A7C15
print(state)
let mixed: (Float, Double) = (1, 2)
print(mixed, type(of: mixed))
let pair: (String, Any) = ("alpha", 0.5)
print(pair)
let fl: (Float, Int) = (0.1, 1)
print(fl, fl.0 * 3)
// expect: Optional(0.5) Optional(7)
// expect: (Optional(4), 1)
// expect: (11400714819323198486, 2)
// expect: (1.0, 2.0) (Float, Double)
// expect: ("alpha", 0.5)
// expect: (0.1, 1) 0.3
