import Foundation
var counter = 0
let inc = { counter += 1 }
inc(); inc()
print(counter)
var x = 10
let cap = { [x] in print("cap", x) }
let ref = { print("ref", x) }
x = 20
cap(); ref()
func makeCounter() -> () -> Int { var c = 0; return { c += 1; return c } }
let m1 = makeCounter(), m2 = makeCounter()
print(m1(), m1(), m2(), m1())
