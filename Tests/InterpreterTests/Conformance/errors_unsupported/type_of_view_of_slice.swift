let x = [3, 1, 2]
print(type(of: x.dropFirst().reversed()))
// expect error: 2:16 type(of:) of a view of an 'ArraySlice'
