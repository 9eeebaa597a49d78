var x = 1.0
x = x
print(x)
// expect error: 2:3 assigning a variable to itself
