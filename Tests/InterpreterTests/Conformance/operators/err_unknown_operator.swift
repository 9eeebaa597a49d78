let x = 2
print(x +++ 3)
// expect error: 2:9 cannot find operator '+++' in scope
