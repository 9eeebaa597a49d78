var total = 0
let add = { (x: Int) in total += x }
add(5)
add(10)
print(total)
let snapshot = { [total] in total * 2 }
total = 100
print(snapshot())
