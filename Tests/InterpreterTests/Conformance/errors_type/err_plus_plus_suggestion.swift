var i = 0
while i < 3 { i++ }
// expect error: 2:16 cannot find operator '++' in scope; did you mean '+= 1'?
