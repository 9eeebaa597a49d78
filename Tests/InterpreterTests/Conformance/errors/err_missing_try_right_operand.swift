func a() throws -> Double { 1.5 }
let x = 2 + a()
// expect error: 2:13 call can throw but is not marked with 'try'
