var i = 0
repeat {
    i += 1
} while i < 5
print(i)
var j = 10
repeat { j += 1 } while j < 5
print(j)
// expect: 5
// expect: 11
