func f() -> Int { 1 }
let x = try? f()
// expect error: 2:9 not supported in experiment blocks: 'try?' and 'try!'
