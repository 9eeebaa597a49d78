let rows = [[1.0, 2.0], [3.0, 4.0]]
for (i, row) in rows { print(i, row) }
// expect error: 2:17 tuple pattern cannot match values of non-tuple type '[Double]'
