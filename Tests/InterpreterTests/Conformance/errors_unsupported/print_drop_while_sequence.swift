let a = [1, 2, 3], b = [4, 5, 6]
let rest = zip(a, b).drop(while: { $0.0 < 2 })
print(rest)
// expect error: 3:7 not supported in experiment blocks: printing 'DropWhileSequence<Zip2Sequence<Array<Int>, Array<Int>>>'
