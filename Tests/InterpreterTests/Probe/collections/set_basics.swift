var seen: Set<Int> = []
for x in [3, 1, 3, 2, 1, 5] {
    seen.insert(x)
}
print(seen.count)
print(seen.sorted())
print(seen.contains(2), seen.contains(4))
seen.remove(3)
print(seen.sorted())
