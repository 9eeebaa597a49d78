print(-7 / 2, -7 % 2, 7 % -2)
// expect: -3 -1 1
