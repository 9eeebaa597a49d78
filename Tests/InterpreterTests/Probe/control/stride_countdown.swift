for t in stride(from: 10, through: 0, by: -5) {
    print("t-\(t)")
}
var i = 1
while i < 100 { i *= 3 }
print(i)
