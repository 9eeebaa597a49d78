let s = "abc"
print(s.padding(toLength: -1, withPad: " ", startingAt: 0))
// expect error: 2:7 padding(toLength:withPad:startingAt:) needs a length ≥ 0
