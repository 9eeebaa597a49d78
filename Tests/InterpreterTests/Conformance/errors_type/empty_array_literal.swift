let xs = []
// expect error: 1:10 empty collection literal requires an explicit type
