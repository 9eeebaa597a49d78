let from = 1...
for i in from {
    if i > 3 { break }
    print(i)
}
// expect error: 2:10 not supported in experiment blocks: a for-in loop over a partial range
