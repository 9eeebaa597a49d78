let matrix = [[1, 2, 3], [4, 5, 6]]
let text = matrix.description
print(text, text.count, [1.5].description, 3.description, ["a"].description)
let classes: Set = ["cat"]
print(classes.first!, Set<Int>().first as Any)
let xs = [3, 1, 0, 4, 1, 0, 5]
print(xs.split(separator: 0).map(Array.init), [1...2, 4...5].map(Array.init), ["7", "x"].map(Int.init))
// expect: [[1, 2, 3], [4, 5, 6]] 22 [1.5] 3 ["a"]
// expect: cat nil
// expect: [[3, 1], [4, 1], [5]] [[1, 2], [4, 5]] [Optional(7), nil]
