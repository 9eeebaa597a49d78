let x = 0.25
print(x.formatted(.percent))
// expect error: 2:19 not supported
