var a = [1, 2, 3]
var i = 0
a[i] = { i = 2; return 9 }()
print(a, i)
var b = [1, 2, 3]
var j = 0
b[j] += { j = 2; return 10 }()
print(b)
