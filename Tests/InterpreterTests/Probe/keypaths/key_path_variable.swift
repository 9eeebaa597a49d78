struct Sample { var x: Double; var y: Double }
let kp = \Sample.y
let s = Sample(x: 1, y: 2)
print(s[keyPath: kp])
var t = s
t[keyPath: \Sample.x] = 10
print(t.x)
