struct E: Error {}
let xs = [1.0]
print(xs.map { x -> Double in if x < 0 { throw E() }; return x })
// expect error: 3:7 call can throw but is not marked with 'try'
