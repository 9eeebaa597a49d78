var idx = 0
func i() -> Int { idx += 1; return idx - 1 }
var arr = [10, 20, 30, 40]
arr.swapAt(i(), i())
print(arr)
arr.insert(i() * 100, at: i())
print(arr)
