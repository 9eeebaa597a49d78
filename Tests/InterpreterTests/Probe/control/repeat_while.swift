var x = 100.0
var count = 0
repeat {
    x /= 2
    count += 1
} while x > 1
print(count, x)
