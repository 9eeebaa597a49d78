var arr = [1, 2, 3]
for x in arr { arr.append(x * 10) }
print(arr)
var n = 3
for i in 0..<n { n += 1; print(i, terminator: " ") }
print(n)
