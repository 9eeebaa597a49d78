let xs = [10, 20, 30, 40]
let tail: [Int] = xs[1...]
print(tail[0])
// expect error: 2:21 cannot convert value of type 'ArraySlice<Int>' to specified type '[Int]'
