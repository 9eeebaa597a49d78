let x = 3
let y: Int64 = 4
let z = 2.5
print(x is Int64, y is Int, z is Float, x is Int, y is Int64)
let maybe: Int64? = x as? Int64
print(maybe == nil, (y as? Int64)!)
// expect: false false false true true
// expect: true 4
