var a = [1, 2]
a.append(contentsOf: [3, 4])
a += [5]
let b = a + [6, 7]
print(a)
print(b)
print(b.count)
