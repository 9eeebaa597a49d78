let n = 3
print(n?.description ?? "")
// expect error: 2:8 cannot use optional chaining on non-optional value of type 'Int'
