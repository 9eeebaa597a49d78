let = 5
// expect error: 1:5 expected pattern in variable
