let data = [2.5, -1.0, 3.75, -4.0]
if let firstNegative = data.first(where: { $0 < 0 }) {
    print(firstNegative)
}
if let idx = data.firstIndex(where: { $0 > 3 }) {
    print(idx)
}
print(data.first(where: { $0 > 100 }) == nil)
