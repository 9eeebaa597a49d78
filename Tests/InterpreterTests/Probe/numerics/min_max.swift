print(min(3, 7), max(3, 7))
print(min(2.5, -1.0, 4.0))
print(max("apple", "banana"))
let xs = [4, 9, 1, 7]
print(xs.min()!, xs.max()!)
