var flags = 0b0001
flags |= 0b0100
flags &= 0b0110
flags ^= 0b0011
var shifted = 1
shifted <<= 10
shifted >>= 3
var xs = [1, 2, 3]
xs[1] |= 8
var x = 2.0
x /= 4
print(flags, shifted, xs, x)
// expect: 7 128 [1, 10, 3] 0.5
