var x = 2.0
x &= 1.0
// expect error: 2:3 '&=' is unavailable for 'Double'
