var x: UInt8 = 1
x <<= 3
x >>= 1
x &= 7
x |= 8
x ^= 1
print(x, x &<< 9, x &>> 9)
x &+= 250
x &*= 3
x &-= 100
x &<<= 9
x &>>= 1
print(x)
var y = 1
y <<= 3
y >>= 1
y &<<= 65
y &+= Int.max
print(y, y &<< 65, y &>> 65)
var z: Int64 = 1
z <<= UInt8(3)
z &>>= 1
var w: UInt32 = 0xFFFF_FFFF
w &+= 2
w >>= 40
print(z, w)
// expect: 13 26 6
// expect: 49
// expect: -9223372036854775801 14 -4611686018427387901
// expect: 4 0
