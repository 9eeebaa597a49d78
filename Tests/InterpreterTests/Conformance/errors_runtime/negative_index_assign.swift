var xs = [1, 2, 3]
xs[-1] = 0
// expect error: 2:1 index -1 out of range for array of count 3
