var piece = [1, 0, 2].split(separator: 0)[1]
piece.append(3)
// expect error: 2:7 not supported in experiment blocks: 'append' on an 'ArraySlice' that 'split' made
