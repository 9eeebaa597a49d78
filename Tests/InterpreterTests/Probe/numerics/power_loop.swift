var result = 1
for _ in 0..<10 {
    result *= 3
}
print(result)
var f = 1.0
for i in 1...20 {
    f *= Double(i)
}
print(f)
