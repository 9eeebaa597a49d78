let n = 3
print(Float(bitPattern: n))
// expect error: 2:25 cannot convert value of type 'Int' to expected argument type 'UInt32'
