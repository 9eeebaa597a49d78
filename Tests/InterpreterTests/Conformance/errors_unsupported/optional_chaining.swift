let xs: [Int]? = [1]
print(xs?.count)
// expect error: 2:7 not supported in experiment blocks: optional chaining
