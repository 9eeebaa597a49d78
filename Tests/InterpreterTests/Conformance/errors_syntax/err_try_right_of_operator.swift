func h() throws -> Double { 2 }
let a = 1.0
print(a + try h())
// expect error: 3:11 'try' cannot appear to the right of a non-assignment operator
