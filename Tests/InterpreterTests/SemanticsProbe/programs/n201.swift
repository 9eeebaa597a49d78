var a = [5, 1, 4, 2, 3, 6]
let p = a.partition { $0 > 3 }
print(p, a)
