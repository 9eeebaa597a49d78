let s = "Swift"
for (i, c) in s.enumerated() where i % 2 == 0 { print(i, c, terminator: "|") }
print()
print(s.map { String($0) + String($0) }.joined(), s.lowercased().sorted(), Array(s.utf8).map { $0 + 1 })
