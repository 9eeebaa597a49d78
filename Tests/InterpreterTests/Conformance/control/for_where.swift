var evens: [Int] = []
for i in 0..<10 where i % 2 == 0 {
    evens.append(i)
}
print(evens)
// expect: [0, 2, 4, 6, 8]
