var s = "ab"
let t = s.dropFirst()
s.append(t)
// expect error: 3:3 no exact matches in call to instance method 'append'
