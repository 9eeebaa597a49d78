var xs = [1, 2]
xs.removeLast(1)
xs.removeLast(2)
// expect error: 3:1 Can't remove more items from a collection than it contains
