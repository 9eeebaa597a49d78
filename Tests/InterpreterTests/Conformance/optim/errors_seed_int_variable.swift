// interpreter-only
import Optim
let k = 4
var h = RandomGenerator(seed: k)
print(h.int(below: 10))
// expect error: 4:31 cannot convert value of type 'Int' to expected argument type 'UInt64'
