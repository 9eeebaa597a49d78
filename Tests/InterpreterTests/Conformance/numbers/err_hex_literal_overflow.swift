let v: Int8 = 0x80
// expect error: 1:15 integer literal '128' overflows when stored into 'Int8'
