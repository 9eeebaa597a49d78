var total = 0
for byte in "hi".utf8 { total += byte }
// expect error: 2:34 cannot convert value of type 'UInt8' to expected argument type 'Int'
