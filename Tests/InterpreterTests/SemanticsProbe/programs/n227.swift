var arr = [1, 2, 3]
func mod() -> Int { arr.append(9); return 0 }
let r = arr.count + mod()
print(r, arr)
arr = [1, 2, 3]
arr[0] = arr.count + mod()
print(arr)
