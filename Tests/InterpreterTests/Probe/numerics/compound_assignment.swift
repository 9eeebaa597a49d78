var total = 10.0
total += 2.5
total -= 1.0
total *= 4
total /= 3
print(total)
var k = 100
k /= 7
k %= 5
print(k)
