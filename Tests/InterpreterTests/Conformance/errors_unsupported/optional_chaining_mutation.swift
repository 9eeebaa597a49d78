var xs: [Int]? = [1]
xs?.append(2)
// expect error: 2:1 not supported in experiment blocks: changing a value through optional chaining
