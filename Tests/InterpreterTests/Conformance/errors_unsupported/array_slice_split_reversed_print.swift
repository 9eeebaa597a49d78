let piece = [1, 2, 0, 3].split(separator: 0)[0]
print(Array(piece.reversed()))
print(piece.reversed())
// expect error: 3:7 not supported in experiment blocks: printing 'ReversedCollection<ArraySlice<Int>>'
