let r = 5.0 % 2.0
// expect error: 1:13 '%' is unavailable
