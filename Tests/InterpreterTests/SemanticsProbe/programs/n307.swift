var x = 5
var arr = [0, 0, 0, 0, 0, 0, 0, 0]
arr[x] = { x = 1; return 7 }()
print(arr, x)
