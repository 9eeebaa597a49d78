func apply(_ f: (inout Int) -> Void) { var n = 1; f(n); print(n) }
// expect error: 1:53 passing value of type 'Int' to an inout parameter requires explicit '&'
