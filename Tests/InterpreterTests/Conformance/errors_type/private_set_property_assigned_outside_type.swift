struct Opt { private(set) var steps = 0; mutating func step() { steps += 1 } }
var o = Opt()
o.step(); o.steps = 10
print(o.steps)
// expect error: 3:13 cannot assign to property: 'steps' setter is inaccessible
