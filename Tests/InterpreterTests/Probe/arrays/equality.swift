let a = [1, 2, 3]
let b = [1, 2, 3]
print(a == b)
print(a != [3, 2, 1])
print([[1.0], [2.0]] == [[1.0], [2.0]])
print([String]() == [])
