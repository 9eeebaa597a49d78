let x = 1
if x { print(x) }
// expect error: 2:4 cannot convert value of type 'Int' to expected type 'Bool'
