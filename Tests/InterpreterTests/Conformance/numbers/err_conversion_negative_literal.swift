let small = [Int8(-129)]
// expect error: 1:19 integer literal '-129' overflows when stored into 'Int8'
