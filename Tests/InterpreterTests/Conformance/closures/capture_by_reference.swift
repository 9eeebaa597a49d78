var counter = 0
let increment = { counter += 1 }
increment()
increment()
print(counter)
// expect: 2
