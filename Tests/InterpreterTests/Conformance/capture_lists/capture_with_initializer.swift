var total = 10
let snapshot = { [t = total * 2] in t + 1 }
total = 0
print(snapshot())
// expect: 21
