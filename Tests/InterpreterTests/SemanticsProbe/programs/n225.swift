struct S { var arr = [0, 0, 0] }
var s = S()
var i = 0
func nx() -> Int { i += 1; return i }
s.arr[nx()] = nx() * 10
print(s.arr)
