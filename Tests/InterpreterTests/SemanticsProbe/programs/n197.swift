let a = [1, 2, 3]
print(a.dropFirst(), type(of: a.dropFirst()), a[1...], a.suffix(1))
