print("abc".utf8, "abc".unicodeScalars, "abc".indices.count, [5, 6].indices)
