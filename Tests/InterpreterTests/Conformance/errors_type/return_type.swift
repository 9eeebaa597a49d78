func f() -> Int { return "x" }
// expect error: 1:26 cannot convert value of type 'String' to expected type 'Int'
