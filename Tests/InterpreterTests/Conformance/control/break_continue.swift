var out: [Int] = []
for i in 0..<10 {
    if i == 7 { break }
    if i % 3 == 0 { continue }
    out.append(i)
}
print(out)
// expect: [1, 2, 4, 5]
