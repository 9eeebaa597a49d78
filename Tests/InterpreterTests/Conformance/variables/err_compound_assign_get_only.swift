var calls = 0
var ratio: Double { Double(calls) / 10 }
ratio += 3
// expect error: 3:7 left side of mutating operator isn't mutable: 'ratio' is a get-only property
