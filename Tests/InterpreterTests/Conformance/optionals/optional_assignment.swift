var best: Double? = nil
for x in [3.0, 1.0, 2.0] {
    if best == nil || x < best! {
        best = x
    }
}
print(best!)
// expect: 1.0
