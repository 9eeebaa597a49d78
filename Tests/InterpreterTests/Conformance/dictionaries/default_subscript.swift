var counts: [String: Int] = [:]
for w in ["x", "y", "x", "x"] {
    counts[w, default: 0] += 1
}
print(counts["x"]!, counts["y"]!)
// expect: 3 1
