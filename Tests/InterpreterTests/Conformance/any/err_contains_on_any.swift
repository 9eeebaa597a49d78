let xs: [Any] = [1, 2]
print(xs.firstIndex(of: 1) as Any)
// expect error: 2:10 type 'Any' cannot conform to 'Equatable'
