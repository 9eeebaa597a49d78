func bump(_ n: inout Int) { n += 1 }
var k = 1
bump(k)
// expect error: 3:6 passing value of type 'Int' to an inout parameter requires explicit '&'
