print(UInt64(18446744073709551616))
// expect error: 1:14 integer literal '18446744073709551616' overflows when stored into 'UInt64'
