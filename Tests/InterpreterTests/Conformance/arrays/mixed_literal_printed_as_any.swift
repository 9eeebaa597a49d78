// Printed items are Any: an array literal of mixed element types is an [Any] there.
let a = 1
print([1 / 2, 3.0 / 4], [a, 2.5 * 2], [1, 2.5])
let half: [Double] = [1 / 2, 3 / 4]
print(half)
// expect: [0, 0.75] [1, 5.0] [1.0, 2.5]
// expect: [0.5, 0.75]
