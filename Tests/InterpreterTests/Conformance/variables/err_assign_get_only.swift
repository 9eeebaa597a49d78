var calls = 0
var ratio: Double { Double(calls) / 10 }
ratio = 3
// expect error: 3:1 cannot assign to value: 'ratio' is a get-only property
