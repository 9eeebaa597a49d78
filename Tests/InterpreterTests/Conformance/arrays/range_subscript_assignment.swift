// Assigning to a range of an array replaces those elements with as many or as few as given.
var a = [1, 2, 3, 4]
a[1...2] = [7, 8, 9]
print(a)
a[0..<0] = [0]
print(a)
a[4...] = []
print(a)
let b = [5, 6, 7]
a[..<2] = b[1...]
print(a)
var c = [1.0, 2.0, 3.0]
c[1...] = [9]
print(c, c.count)
c[...0] += [4.0]
print(c)
// expect: [1, 7, 8, 9, 4]
// expect: [0, 1, 7, 8, 9, 4]
// expect: [0, 1, 7, 8]
// expect: [6, 7, 7, 8]
// expect: [1.0, 9.0] 2
// expect: [1.0, 4.0, 9.0]
