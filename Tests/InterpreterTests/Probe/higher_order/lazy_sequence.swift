let firstBig = (1...1_000_000).lazy.map { $0 * $0 }.filter { $0 > 1000 }.first!
print(firstBig)
