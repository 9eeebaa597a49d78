let xs = [1, 2]
for x: Double in xs { print(x) }
// expect error: 2:18 cannot convert sequence element type 'Int' to expected type 'Double'
