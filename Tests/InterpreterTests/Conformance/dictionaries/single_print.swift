let d = ["lr": 0.1]
print(d)
// expect: ["lr": 0.1]
