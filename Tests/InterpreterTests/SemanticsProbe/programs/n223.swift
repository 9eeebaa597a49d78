var a = 1, b = 2
(a, b) = (b, a)
print(a, b)
var arr = [1, 2, 3]
(arr[0], arr[2]) = (arr[2], arr[0])
print(arr)
var t = (x: 1, y: 2)
t = (t.y, t.x + t.y)
print(t)
