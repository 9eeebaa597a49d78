let u = [1.0, 2.0]
let v = [3.0, 4.0, 5.0]
let outer = u.map { a in v.map { b in a * b } }
for row in outer { print(row) }
