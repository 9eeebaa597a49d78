print((1...3).reversed(), (0..<3).map { $0 }, repeatElement("x", count: 2))
