var xs = [1, 2]
let k = -1
xs.removeFirst(k)
// expect error: 3:1 Number of elements to remove should be non-negative
