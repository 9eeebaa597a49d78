var x = 10
func f() -> Int { x += 1; return 5 }
var y = 10
y += f()
print(x, y)
var arr = [1, 2, 3]
var idx = 0
func nextIdx() -> Int { idx += 1; return idx }
arr[nextIdx()] += nextIdx() * 100
print(arr, idx)
