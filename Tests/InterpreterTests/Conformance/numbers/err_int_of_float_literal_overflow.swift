print(Int(1e30))
// expect error: 1:7 invalid conversion: '1e30' overflows 'Int'
