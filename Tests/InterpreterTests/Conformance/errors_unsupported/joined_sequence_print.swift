let joined = [[1], [2]].joined(separator: [0])
print(Array(joined))
print(joined)
// expect error: 3:7 not supported in experiment blocks: printing 'JoinedSequence<Array<Array<Int>>>'
