func mean(_ xs: Double...) -> Double {
    xs.reduce(0, +) / Double(xs.count)
}
print(mean(1, 2, 3, 4))
print(mean(10))
