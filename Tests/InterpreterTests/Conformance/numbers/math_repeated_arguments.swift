// The same function called again with the same or different arguments: signed zeros and NaN
// are different arguments where they give different answers.
var out: [Double] = []
for x in [0.0, -0.0, 0.0, -0.0] { out.append(pow(x, -1)) }
print(out)
var e: [Double] = []
for x in [1.0, 1.0, 2.0, 2.0, .nan, .nan, 1.0] { e.append(exp(x)) }
print(e)
for y in [0.0, -0.0, -0.0, 0.0] { print(atan2(0.0, y)) }
print(pow(2.0, 10.0), sqrt(2.0), exp(0.0), log(1.0))
for t in 1...3 {
    for _ in 0..<2 { print(pow(0.9, Double(t)), terminator: " ") }
}
print()
// expect: [inf, -inf, inf, -inf]
// expect: [2.718281828459045, 2.718281828459045, 7.38905609893065, 7.38905609893065, nan, nan, 2.718281828459045]
// expect: 0.0
// expect: 3.141592653589793
// expect: 3.141592653589793
// expect: 0.0
// expect: 1024.0 1.4142135623730951 1.0 0.0
// expect: 0.9 0.9 0.81 0.81 0.7290000000000001 0.7290000000000001 
