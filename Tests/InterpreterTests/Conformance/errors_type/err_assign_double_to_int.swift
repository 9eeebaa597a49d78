var steps = 2
steps = 2.5 * 2
// expect error: 2:13 cannot assign value of type 'Double' to type 'Int'
