let a = 1 let b = 2
print(a, b)
// expect error: 1:10 consecutive statements on a line must be separated by ';'
