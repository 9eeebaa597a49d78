var found: [Int] = []
for i in 1...50 {
    if i % 7 != 0 { continue }
    found.append(i)
    if found.count == 4 { break }
}
print(found)
