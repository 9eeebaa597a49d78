func f() -> Int { return "x" }
// expect error: 1:26 cannot convert return expression of type 'String' to return type 'Int'
