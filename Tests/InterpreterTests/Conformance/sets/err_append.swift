var s: Set<Int> = [1]
s.append(2)
// expect error: 2:3 value of type 'Set<Int>' has no member 'append'
