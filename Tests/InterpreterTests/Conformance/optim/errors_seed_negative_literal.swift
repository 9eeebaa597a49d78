// interpreter-only
import Optim
let data = try Digits.load()
let parts = data.split(testFraction: 0.5, seed: -1)
// expect error: 4:49 negative integer '-1' overflows when stored into unsigned type 'UInt64'
