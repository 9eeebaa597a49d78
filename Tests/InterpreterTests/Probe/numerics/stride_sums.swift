var s = 0.0
for x in stride(from: 0.0, through: 1.0, by: 0.25) {
    s += x
}
print(s)
let evens = Array(stride(from: 0, to: 10, by: 2))
print(evens)
print(Array(stride(from: 10, to: 0, by: -3)))
