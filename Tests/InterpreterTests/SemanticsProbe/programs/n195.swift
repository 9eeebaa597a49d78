print([[1, 2], [3]].joined(), ["a", "b"].joined(separator: "-"))
